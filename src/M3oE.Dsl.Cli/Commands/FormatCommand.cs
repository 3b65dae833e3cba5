using System.IO;
using System.Text;
using System.Threading;
using M3oE.Dsl.Cli.Infrastructure;
using M3oE.Dsl.Language.Formatting;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>
/// <c>m3oec fmt [--check] SPEC...</c>: rewrites specs in their canonical layout. A file is replaced through a
/// temporary file and a rename, so an interrupted run never leaves it half written; a file with syntax
/// errors is left untouched and its errors are printed.
/// </summary>
public sealed class FormatCommand : Command<FormatSettings>
{
    private readonly CliConsole _console;

    public FormatCommand(CliConsole console)
    {
        _console = console;
    }

    public override int Execute(CommandContext context, FormatSettings settings, CancellationToken cancellationToken)
    {
        var files = SpecPaths.Expand(settings.Specs, out var unmatched);
        foreach (var pattern in unmatched)
        {
            _console.Error.WriteLine($"m3oec: no spec file matches '{pattern}'.");
        }

        var writer = new DiagnosticWriter(_console);
        var unformatted = 0;
        var unreadable = 0;
        foreach (var file in files)
        {
            var text = SpecReader.TryRead(file, _console);
            if (text is null)
            {
                unreadable++;
                continue;
            }

            var result = SpecFormatter.Format(file, text);
            if (!result.Succeeded)
            {
                writer.Write(result.Errors);
                continue;
            }

            if (result.Text == text)
            {
                continue;
            }

            unformatted++;
            if (settings.Check)
            {
                _console.Out.WriteLine($"{file}: not formatted");
                continue;
            }

            var temporary = file + ".tmp";
            File.WriteAllText(temporary, result.Text, new UTF8Encoding(false));
            File.Move(temporary, file, overwrite: true);
            _console.Out.WriteLine($"{file}: formatted");
        }

        if (writer.Errors > 0 || unmatched.Count > 0 || unreadable > 0)
        {
            return ExitCodes.SpecOrDataErrors;
        }

        return settings.Check && unformatted > 0 ? ExitCodes.CheckFailed : ExitCodes.Ok;
    }
}

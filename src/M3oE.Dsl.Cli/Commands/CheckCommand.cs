using System.Threading;
using M3oE.Dsl.Cli.Infrastructure;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Language.Semantics;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary><c>m3oec check SPEC...</c>: parses and checks specs and prints their diagnostics.</summary>
public sealed class CheckCommand : Command<CheckSettings>
{
    private readonly CliConsole _console;

    public CheckCommand(CliConsole console)
    {
        _console = console;
    }

    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        var files = SpecPaths.Expand(settings.Specs, out var unmatched);
        foreach (var pattern in unmatched)
        {
            _console.Error.WriteLine($"m3oec: no spec file matches '{pattern}'.");
        }

        var writer = new DiagnosticWriter(_console);
        var unreadable = 0;
        foreach (var file in files)
        {
            var text = SpecReader.TryRead(file, _console);
            if (text is null)
            {
                unreadable++;
                continue;
            }

            var result = SpecCompiler.Compile(file, text);
            writer.Write(result.Diagnostics);
            if (settings.Dump)
            {
                foreach (var model in result.Models)
                {
                    _console.Out.Write(ModelDumper.Dump(model));
                }
            }
        }

        _console.Error.WriteLine(writer.Summary(files.Count));
        return writer.Errors > 0 || unmatched.Count > 0 || unreadable > 0 ? ExitCodes.SpecOrDataErrors : ExitCodes.Ok;
    }
}

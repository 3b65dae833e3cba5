using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using M3oE.Dsl.Cli.Infrastructure;
using M3oE.Dsl.Cli.Scaffolding;
using M3oE.Dsl.Language.Semantics;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>
/// <c>m3oec new NAME [--from-csv FILE]</c>: writes a spec that checks cleanly, either a commented template
/// or one whose columns, domains and tasks are guessed from a CSV file, each guess explained in a comment.
/// </summary>
public sealed class NewCommand : Command<NewSettings>
{
    private readonly CliConsole _console;

    public NewCommand(CliConsole console)
    {
        _console = console;
    }

    public override int Execute(CommandContext context, NewSettings settings, CancellationToken cancellationToken)
    {
        var output = settings.Out ?? settings.Name + ".m3oe";
        if (File.Exists(output) && !settings.Force)
        {
            _console.Error.WriteLine($"m3oec: '{output}' exists; pass --force to replace it.");
            return ExitCodes.SpecOrDataErrors;
        }

        var model = SpecNames.Model(Path.GetFileNameWithoutExtension(settings.Name));
        string text;
        if (settings.FromCsv is { } csv)
        {
            if (!File.Exists(csv))
            {
                _console.Error.WriteLine($"m3oec: the CSV file '{csv}' does not exist.");
                return ExitCodes.SpecOrDataErrors;
            }

            CsvSample sample;
            try
            {
                sample = CsvSample.Read(csv, settings.Rows);
            }
            catch (InvalidDataException exception)
            {
                _console.Error.WriteLine("m3oec: " + exception.Message);
                return ExitCodes.SpecOrDataErrors;
            }

            var columns = ColumnGuesser.Guess(sample);
            if (!columns.Any(c => c.Kind == ColumnKind.Label))
            {
                _console.Error.WriteLine(
                    $"m3oec: no column of '{csv}' holds only 0 and 1 in its first {sample.Rows.Count} rows, so no "
                        + "task could be guessed; add a 0/1 label column or start from 'm3oec new NAME'."
                );
                return ExitCodes.SpecOrDataErrors;
            }

            if (!columns.Any(c => c.Kind is ColumnKind.Sparse or ColumnKind.Dense))
            {
                _console.Error.WriteLine($"m3oec: no column of '{csv}' could be a feature; nothing was written.");
                return ExitCodes.SpecOrDataErrors;
            }

            text = SpecWriter.FromColumns(model, Path.GetFileName(csv), sample, columns);
            foreach (var column in columns)
            {
                _console.Out.WriteLine($"  {column.Header, -24} {Describe(column.Kind), -8} {column.Reason}");
            }
        }
        else
        {
            text = SpecWriter.Template(model);
        }

        // The written spec must check: a scaffold that the compiler rejects would be a defect of this command.
        var compiled = SpecCompiler.Compile(Path.GetFileName(output), text);
        if (compiled.HasErrors)
        {
            new DiagnosticWriter(_console).Write(compiled.Diagnostics);
            _console.Error.WriteLine("m3oec: internal error: the new spec does not check; nothing was written.");
            return ExitCodes.InternalError;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = output + ".tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, output, overwrite: true);
        _console.Out.WriteLine($"wrote {output} (model {model}); check it with: m3oec check {output}");
        return ExitCodes.Ok;
    }

    private static string Describe(ColumnKind kind) =>
        kind switch
        {
            ColumnKind.Label => "label",
            ColumnKind.Sparse => "sparse",
            ColumnKind.Dense => "dense",
            ColumnKind.Domain => "domain",
            _ => "skipped",
        };
}

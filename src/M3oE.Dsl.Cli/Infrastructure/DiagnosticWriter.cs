using System.Collections.Generic;
using M3oE.Dsl.Language.Diagnostics;

namespace M3oE.Dsl.Cli.Infrastructure;

/// <summary>Prints diagnostics in MSBuild form and counts them.</summary>
internal sealed class DiagnosticWriter
{
    private readonly CliConsole _console;

    public DiagnosticWriter(CliConsole console)
    {
        _console = console;
    }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public void Write(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _console.Out.WriteLine(diagnostic.ToString());
            if (diagnostic.IsError)
            {
                Errors++;
            }
            else
            {
                Warnings++;
            }
        }
    }

    public string Summary(int files) =>
        $"{files} {Plural(files, "file")} checked: "
        + $"{Errors} {Plural(Errors, "error")}, {Warnings} {Plural(Warnings, "warning")}.";

    private static string Plural(int count, string word) => count == 1 ? word : word + "s";
}

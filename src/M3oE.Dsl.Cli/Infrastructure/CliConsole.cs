using System.IO;
using Spectre.Console;

namespace M3oE.Dsl.Cli.Infrastructure;

/// <summary>
/// Where a command writes. Diagnostics and machine-readable output go to <see cref="Out"/> as plain lines;
/// progress and tables go through <see cref="Ansi"/>. Tests pass string writers.
/// </summary>
public sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, IAnsiConsole ansi)
    {
        Out = output;
        Error = error;
        Ansi = ansi;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Ansi { get; }

    public bool Verbose { get; set; }
}

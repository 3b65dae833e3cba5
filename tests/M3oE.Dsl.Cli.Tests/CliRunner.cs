using System;
using System.IO;
using M3oE.Dsl.Cli.Infrastructure;
using Spectre.Console;

namespace M3oE.Dsl.Cli.Tests;

/// <summary>Runs m3oec in process against string writers, from a chosen working folder.</summary>
internal static class CliRunner
{
    private static readonly object WorkingDirectoryLock = new();

    public static (int ExitCode, string Out, string Error) Run(string workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var ansi = AnsiConsole.Create(
            new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Out = new AnsiConsoleOutput(output),
                Interactive = InteractionSupport.No,
            }
        );
        ansi.Profile.Width = 100;

        lock (WorkingDirectoryLock)
        {
            var previous = Environment.CurrentDirectory;
            Environment.CurrentDirectory = workingDirectory;
            try
            {
                var code = CliApplication.Run(args, new CliConsole(output, error, ansi));
                return (code, output.ToString().Replace("\r\n", "\n"), error.ToString().Replace("\r\n", "\n"));
            }
            finally
            {
                Environment.CurrentDirectory = previous;
            }
        }
    }
}

using System;
using System.Threading;
using M3oE.Dsl.Cli;
using M3oE.Dsl.Cli.Infrastructure;
using Spectre.Console;

// The first Ctrl+C asks the running command to stop at a safe point (training keeps its last checkpoint); a
// second one ends the process at once.
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !interrupt.IsCancellationRequested;
    interrupt.Cancel();
};

var console = new CliConsole(Console.Out, Console.Error, AnsiConsole.Console);
return CliApplication.Run(args, console, interrupt.Token);

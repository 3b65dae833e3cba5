using System;
using M3oE.Dsl.Cli;
using M3oE.Dsl.Cli.Infrastructure;
using Spectre.Console;

var console = new CliConsole(Console.Out, Console.Error, AnsiConsole.Console);
return CliApplication.Run(args, console);

using System.ComponentModel;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>Settings of <c>m3oec report</c>.</summary>
public sealed class ReportSettings : CommandSettings
{
    [CommandArgument(0, "<RUN>")]
    [Description("The run folder written by 'm3oec train'.")]
    public string Run { get; init; } = string.Empty;

    [CommandOption("-o|--out <DIR>")]
    [Description("The folder of the plots and report.md; RUN/report by default.")]
    public string? Out { get; init; }

    [CommandOption("-d|--data <PATH>")]
    [Description("The data to measure the gates on (all rows); the run's own split by default.")]
    public string? Data { get; init; }
}

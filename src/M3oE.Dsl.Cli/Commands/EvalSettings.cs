using System.ComponentModel;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>Settings of <c>m3oec eval</c>.</summary>
public sealed class EvalSettings : CommandSettings
{
    [CommandArgument(0, "<RUN>")]
    [Description("The run folder written by 'm3oec train'.")]
    public string Run { get; init; } = string.Empty;

    [CommandOption("-d|--data <PATH>")]
    [Description("A .csv or .parquet file to evaluate on, all rows; without it, the run's own split.")]
    public string? Data { get; init; }

    [CommandOption("--json")]
    [Description("End standard output with one JSON object of the metrics instead of the table.")]
    public bool Json { get; init; }
}

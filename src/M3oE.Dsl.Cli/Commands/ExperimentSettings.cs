using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>Settings of <c>m3oec experiment</c>.</summary>
public sealed class ExperimentSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The experiment file (JSON): specs, seeds, data, tuning grid, epoch cap, output folder, report.")]
    public string File { get; init; } = string.Empty;

    [CommandOption("--quick")]
    [Description("One seed, one epoch and the first grid point; results in <output>-quick, report in its folder.")]
    public bool Quick { get; init; }

    [CommandOption("--models <NAMES>")]
    [Description("Run only these models of the file (names separated by commas).")]
    public string? Models { get; init; }

    [CommandOption("-o|--out <DIR>")]
    [Description("The folder of results and predictions, instead of the file's.")]
    public string? Out { get; init; }

    [CommandOption("--report <FILE>")]
    [Description("The Markdown report to write, instead of the file's.")]
    public string? Report { get; init; }

    [CommandOption("--report-only")]
    [Description("Train nothing; write the report from the results already on disk.")]
    public bool ReportOnly { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("Print no progress line per run.")]
    public bool Quiet { get; init; }

    public override ValidationResult Validate() =>
        Models is { } models && models.Trim().Length == 0
            ? ValidationResult.Error("--models needs at least one model name.")
            : ValidationResult.Success();
}

using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>Settings of <c>m3oec train</c>.</summary>
public sealed class TrainSettings : CommandSettings
{
    [CommandArgument(0, "<SPEC>")]
    [Description("The spec file of the model to train.")]
    public string Spec { get; init; } = string.Empty;

    [CommandOption("-m|--model <NAME>")]
    [Description("The model to train when the spec declares several.")]
    public string? Model { get; init; }

    [CommandOption("-d|--data <PATH>")]
    [Description("A .csv or .parquet file with the spec's columns; without it, synthetic rows are generated.")]
    public string? Data { get; init; }

    [CommandOption("-e|--epochs <N>")]
    [Description("The number of epochs; the spec's train section by default.")]
    public int? Epochs { get; init; }

    [CommandOption("-s|--seed <S>")]
    [Description("The seed of the weights, the trainer and the synthetic rows; the spec's by default.")]
    public int? Seed { get; init; }

    [CommandOption("-o|--out <DIR>")]
    [Description("The run folder; runs/<model>-<yyyyMMdd-HHmmss> by default.")]
    public string? Out { get; init; }

    [CommandOption("-r|--rows <N>")]
    [Description("The number of synthetic rows when no --data is given.")]
    [DefaultValue(200_000)]
    public int Rows { get; init; } = 200_000;

    [CommandOption("--threads <N>")]
    [Description("The CPU threads TorchSharp uses; its default (the number of cores) otherwise.")]
    public int? Threads { get; init; }

    [CommandOption("--resume")]
    [Description("Continue the interrupted run in the --out folder from its last checkpoint.")]
    public bool Resume { get; init; }

    [CommandOption("--json")]
    [Description("Print no progress; end standard output with one JSON object of the final metrics.")]
    public bool Json { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("Print no progress and no table.")]
    public bool Quiet { get; init; }

    public override ValidationResult Validate()
    {
        if (Resume && string.IsNullOrEmpty(Out))
        {
            return ValidationResult.Error("--resume needs --out with the folder of the run to continue.");
        }

        if (Threads is < 1)
        {
            return ValidationResult.Error("--threads must be at least 1.");
        }

        if (Epochs is < 1)
        {
            return ValidationResult.Error("--epochs must be at least 1.");
        }

        return Rows < 100 ? ValidationResult.Error("--rows must be at least 100.") : ValidationResult.Success();
    }
}

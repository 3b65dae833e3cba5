using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>Settings of <c>m3oec search</c>.</summary>
public sealed class SearchSettings : CommandSettings
{
    [CommandArgument(0, "<SPEC>")]
    [Description("The spec file of the model to search.")]
    public string Spec { get; init; } = string.Empty;

    [CommandOption("-m|--model <NAME>")]
    [Description("The model to search when the spec declares several.")]
    public string? Model { get; init; }

    [CommandOption("-d|--data <PATH>")]
    [Description("A .csv or .parquet file, or a MovieLens folder; without it, synthetic rows are generated.")]
    public string? Data { get; init; }

    [CommandOption("--strategy <NAME>")]
    [Description("grid, random or halving; the spec's 'hyper' setting by default.")]
    public string? Strategy { get; init; }

    [CommandOption("-t|--trials <N>")]
    [Description("The points tried by random and halving; the spec's 'trials' setting by default.")]
    public int? Trials { get; init; }

    [CommandOption("-e|--epochs <N>")]
    [Description("The epochs of each trial (of the last rung for halving); the spec's by default.")]
    public int? Epochs { get; init; }

    [CommandOption("-s|--seed <S>")]
    [Description("The seed of every trial, of the random draws and of the synthetic rows; the spec's by default.")]
    public int? Seed { get; init; }

    [CommandOption("-o|--out <DIR>")]
    [Description("The search folder (one run folder per trial); runs/<model>-search-<yyyyMMdd-HHmmss> by default.")]
    public string? Out { get; init; }

    [CommandOption("-w|--write <FILE>")]
    [Description("Where to write the winning configuration as a concrete spec; OUT/best.m3oe by default.")]
    public string? Write { get; init; }

    [CommandOption("-r|--rows <N>")]
    [Description("The number of synthetic rows when no --data is given.")]
    [DefaultValue(200_000)]
    public int Rows { get; init; } = 200_000;

    [CommandOption("--json")]
    [Description("Print no progress; end standard output with one JSON object of the trials and the winner.")]
    public bool Json { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("Print no progress and no table.")]
    public bool Quiet { get; init; }

    public override ValidationResult Validate()
    {
        if (Strategy is not null and not ("grid" or "random" or "halving"))
        {
            return ValidationResult.Error("--strategy must be grid, random or halving.");
        }

        if (Trials is < 1)
        {
            return ValidationResult.Error("--trials must be at least 1.");
        }

        if (Epochs is < 1)
        {
            return ValidationResult.Error("--epochs must be at least 1.");
        }

        return Rows < 100 ? ValidationResult.Error("--rows must be at least 100.") : ValidationResult.Success();
    }
}

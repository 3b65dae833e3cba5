using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>Settings of <c>m3oec predict</c>.</summary>
public sealed class PredictSettings : CommandSettings
{
    [CommandArgument(0, "<RUN>")]
    [Description("The run folder written by 'm3oec train'.")]
    public string Run { get; init; } = string.Empty;

    [CommandOption("-d|--data <PATH>")]
    [Description("A .csv or .parquet file with the spec's columns; every row is scored.")]
    public string? Data { get; init; }

    [CommandOption("-o|--out <FILE>")]
    [Description("The .csv file to write: the domain and one probability per task for each input row.")]
    public string? Out { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrEmpty(Data))
        {
            return ValidationResult.Error("--data is required.");
        }

        return string.IsNullOrEmpty(Out) ? ValidationResult.Error("--out is required.") : ValidationResult.Success();
    }
}

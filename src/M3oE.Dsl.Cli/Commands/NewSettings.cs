using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>Settings of <c>m3oec new</c>.</summary>
public sealed class NewSettings : CommandSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The name of the model; the spec is written to NAME.m3oe unless --out says otherwise.")]
    public string Name { get; init; } = string.Empty;

    [CommandOption("--from-csv <FILE>")]
    [Description("A CSV file with a header line: the spec's columns, domains and tasks are guessed from it.")]
    public string? FromCsv { get; init; }

    [CommandOption("-o|--out <FILE>")]
    [Description("The spec file to write; NAME.m3oe in the working folder by default.")]
    public string? Out { get; init; }

    [CommandOption("--rows <N>")]
    [Description("How many rows of the CSV file are read to guess the column kinds.")]
    [DefaultValue(1000)]
    public int Rows { get; init; } = 1000;

    [CommandOption("-f|--force")]
    [Description("Replace the spec file when it exists.")]
    public bool Force { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            return ValidationResult.Error("NAME must not be empty.");
        }

        return Rows < 1 ? ValidationResult.Error("--rows must be at least 1.") : ValidationResult.Success();
    }
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>Settings of <c>m3oec fmt</c>.</summary>
public sealed class FormatSettings : SpecSettings
{
    [CommandOption("--check")]
    [Description("Change nothing; list the files that are not formatted and exit with 1 if there are any.")]
    public bool Check { get; init; }
}

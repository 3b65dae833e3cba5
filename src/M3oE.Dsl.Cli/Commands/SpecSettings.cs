using System.ComponentModel;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>Settings of the commands that take spec files.</summary>
public class SpecSettings : CommandSettings
{
    [CommandArgument(0, "<SPEC>")]
    [Description("Spec files, folders (every .m3oe below) or quoted patterns such as 'samples/**/*.m3oe'.")]
    public string[] Specs { get; init; } = System.Array.Empty<string>();
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>Settings of <c>m3oec check</c>.</summary>
public sealed class CheckSettings : SpecSettings
{
    [CommandOption("--dump")]
    [Description("Also print each checked model, with inherited sections merged and defaults filled in.")]
    public bool Dump { get; init; }
}

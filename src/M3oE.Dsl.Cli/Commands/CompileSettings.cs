using System.ComponentModel;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>Settings of <c>m3oec compile</c>.</summary>
public sealed class CompileSettings : SpecSettings
{
    [CommandOption("-o|--out <DIR>")]
    [Description("The folder the generated C# files are written to; created when missing.")]
    public string Out { get; init; } = "generated";

    [CommandOption("-n|--namespace <NAMESPACE>")]
    [Description("The namespace of the generated types (a source-generated build uses the project's root namespace).")]
    public string Namespace { get; init; } = "M3oE.Dsl.Generated";
}

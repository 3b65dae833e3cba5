using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace M3oE.Dsl.Benchmarks.Generation;

/// <summary>The build properties a project passes to the generator: its root namespace and folder.</summary>
internal sealed class ProjectOptions : AnalyzerConfigOptionsProvider
{
    private static readonly Values Empty = new(new Dictionary<string, string>());
    private readonly Values global;

    public ProjectOptions(string rootNamespace, string projectDirectory)
    {
        global = new Values(
            new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = rootNamespace,
                ["build_property.ProjectDir"] = projectDirectory,
            }
        );
    }

    public override AnalyzerConfigOptions GlobalOptions => global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}

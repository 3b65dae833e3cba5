using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using M3oE.Dsl.Data.Schema;
using M3oE.Dsl.Runtime.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TorchSharp;

namespace M3oE.Dsl.Generator.Tests.Infrastructure;

/// <summary>Runs the generator over additional files the way a build does, with step tracking on.</summary>
internal static class GeneratorHarness
{
    public const string RootNamespace = "Samples";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The framework, the runtime, the data layer and TorchSharp: what generated code uses.</summary>
    public static IReadOnlyList<MetadataReference> References { get; } =
        Net100
            .References.All.Concat(
                new[] { typeof(M3oEModel), typeof(DataSchema), typeof(torch) }.Select(t =>
                    MetadataReference.CreateFromFile(t.Assembly.Location)
                )
            )
            .ToArray();

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                // the SDK suppresses these two unification notices in every build as well
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }
            )
        );

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts) =>
        CSharpGeneratorDriver.Create(
            new[] { new M3oEGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            new TestOptionsProvider(RootNamespace, SampleSpecs.ProjectDirectory),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true)
        );

    /// <summary>Runs the generator once over the files and returns the driver and its result.</summary>
    public static (GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output) Run(
        IEnumerable<AdditionalText> texts,
        CSharpCompilation? compilation = null
    )
    {
        compilation ??= CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = CreateDriver(texts).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver, driver.GetRunResult(), output);
    }

    /// <summary>Every diagnostic of a compilation and of the generator at warning level or above.</summary>
    public static ImmutableArray<Diagnostic> Problems(Compilation output, GeneratorDriverRunResult result) =>
        output
            .GetDiagnostics()
            .Concat(result.Diagnostics)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToImmutableArray();
}

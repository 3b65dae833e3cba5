using System;
using System.Linq;
using M3oE.Dsl.Generator.Diagnostics;
using M3oE.Dsl.Generator.Pipeline;
using M3oE.Dsl.Language.Collections;
using Microsoft.CodeAnalysis;

namespace M3oE.Dsl.Generator;

/// <summary>
/// Turns every <c>.m3oe</c> additional file of a project into typed C#: domain and task enums, a row record,
/// typed outputs, the model class, the data schema, the structure-search wrapper and the training factory.
/// Spec errors are reported on the spec's own lines with the front end's codes and messages.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class M3oEGenerator : IIncrementalGenerator
{
    /// <summary>The names of the pipeline steps, which tests observe.</summary>
    public static class Steps
    {
        public const string SpecTexts = nameof(SpecTexts);
        public const string Settings = nameof(Settings);
        public const string SpecSet = nameof(SpecSet);
        public const string Compiled = nameof(Compiled);
        public const string SpecDiagnostics = nameof(SpecDiagnostics);
        public const string Models = nameof(Models);
        public const string Emitted = nameof(Emitted);
        public const string Sources = nameof(Sources);
        public const string EmitterDiagnostics = nameof(EmitterDiagnostics);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // the project's namespace and folder, read once per change of the build options
        var settings = context
            .AnalyzerConfigOptionsProvider.Select(static (options, _) => ReadSettings(options.GlobalOptions))
            .WithTrackingName(Steps.Settings);

        // every spec file with its text and its path inside the project
        var specTexts = context
            .AdditionalTextsProvider.Where(static text =>
                text.Path.EndsWith(".m3oe", StringComparison.OrdinalIgnoreCase)
            )
            .Combine(settings)
            .Select(static (pair, token) => ReadSpec(pair.Left, pair.Right, token))
            .WithTrackingName(Steps.SpecTexts);

        // all specs together, so that imports resolve among them
        var specSet = specTexts
            .Collect()
            .Select(
                static (specs, _) =>
                    new SpecSet(specs.OrderBy(s => s.RelativePath, StringComparer.Ordinal).ToEquatableArray())
            )
            .WithTrackingName(Steps.SpecSet);

        // each spec checked on its own; an unchanged result stops here
        var compiled = specTexts
            .Combine(specSet)
            .Combine(settings)
            .Select(static (input, token) => Compile(input.Left.Left, input.Left.Right, input.Right, token))
            .WithTrackingName(Steps.Compiled);

        // diagnostics and code travel apart, so that a moved error does not re-emit code
        var specDiagnostics = compiled
            .Select(static (spec, _) => spec.Diagnostics)
            .WithTrackingName(Steps.SpecDiagnostics);
        context.RegisterSourceOutput(specDiagnostics, static (output, diagnostics) => Report(output, diagnostics));

        var models = compiled
            .SelectMany(
                static (spec, _) => spec.Models.Select(model => new ModelInput(spec.FullPath, model, spec.Options))
            )
            .WithTrackingName(Steps.Models);

        var emitted = models.Select(static (input, token) => Emit(input, token)).WithTrackingName(Steps.Emitted);

        var sources = emitted.Select(static (model, _) => model.Files).WithTrackingName(Steps.Sources);
        context.RegisterSourceOutput(sources, static (output, files) =>
        {
            foreach (var file in files)
            {
                output.AddSource(file.HintName, file.Text);
            }
        });

        var emitterDiagnostics = emitted
            .Select(static (model, _) => model.Diagnostics)
            .WithTrackingName(Steps.EmitterDiagnostics);
        context.RegisterSourceOutput(emitterDiagnostics, static (output, diagnostics) => Report(output, diagnostics));
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.ReportDiagnostic(GeneratorDiagnostics.ToDiagnostic(diagnostic));
        }
    }
}

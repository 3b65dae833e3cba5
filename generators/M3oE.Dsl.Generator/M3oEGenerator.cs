using System;
using System.Linq;
using M3oE.Dsl.Generator.Declarations;
using M3oE.Dsl.Generator.Diagnostics;
using M3oE.Dsl.Generator.Pipeline;
using M3oE.Dsl.Language.Collections;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace M3oE.Dsl.Generator;

/// <summary>
/// Turns every <c>.m3oe</c> additional file of a project into typed C#: domain and task enums, a row record,
/// typed outputs, the model class, the data schema, the structure-search wrapper and the training factory.
/// Spec errors are reported on the spec's own lines with the front end's codes and messages. A partial class
/// marked <c>[M3oEModel]</c> receives the same code for a model that a spec declares or that attributes on
/// the class declare; errors of such a model are reported on the attribute.
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
        public const string Classes = nameof(Classes);
        public const string CompiledSpecs = nameof(CompiledSpecs);
        public const string BoundModels = nameof(BoundModels);
        public const string ClassModels = nameof(ClassModels);
        public const string ClassDiagnostics = nameof(ClassDiagnostics);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // the attributes that declare a model in C#
        context.RegisterPostInitializationOutput(static output =>
        {
            output.AddEmbeddedAttributeDefinition();
            output.AddSource(AttributeSource.HintName, AttributeSource.Text);
        });

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

        // classes marked [M3oEModel]: bound to a spec model, or declared by the attributes on them
        var classes = context
            .SyntaxProvider.ForAttributeWithMetadataName(
                AttributeSource.ModelAttribute,
                static (node, _) => node is TypeDeclarationSyntax,
                static (syntax, token) => ClassReader.Read(syntax, token)
            )
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(Steps.Classes);

        var compiledSpecs = compiled
            .Collect()
            .Select(
                static (specs, _) =>
                    new CompiledSpecSet(specs.OrderBy(s => s.FullPath, StringComparer.Ordinal).ToEquatableArray())
            )
            .WithTrackingName(Steps.CompiledSpecs);

        var bound = classes
            .Where(static model => model.Spec is not null)
            .Combine(compiledSpecs)
            .Combine(settings)
            .Select(static (input, _) => Bind(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(Steps.ClassModels);

        var declared = classes
            .Where(static model => model.Spec is null)
            .Combine(settings)
            .Select(static (input, token) => Declare(input.Left, input.Right, token))
            .WithTrackingName(Steps.ClassModels);

        // a spec model bound to a class is generated into the class only
        var boundModels = bound
            .Select(static (model, _) => model.Bound)
            .Collect()
            .Select(
                static (keys, _) =>
                    new BoundModelSet(
                        keys.Where(k => k is not null)
                            .Select(k => k!)
                            .Distinct()
                            .OrderBy(k => k.SpecPath, StringComparer.Ordinal)
                            .ThenBy(k => k.ModelName, StringComparer.Ordinal)
                            .ToEquatableArray()
                    )
            )
            .WithTrackingName(Steps.BoundModels);

        var models = compiled
            .SelectMany(
                static (spec, _) => spec.Models.Select(model => new ModelInput(spec.FullPath, model, spec.Options))
            )
            .Combine(boundModels)
            .Where(static pair => !pair.Right.Contains(pair.Left.FullPath, pair.Left.Model.Name))
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(Steps.Models);

        RegisterModels(context, models);
        RegisterClassModels(context, bound);
        RegisterClassModels(context, declared);
    }

    private static void RegisterClassModels(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<ClassModel> classModels
    )
    {
        var diagnostics = classModels
            .Select(static (model, _) => model.Diagnostics)
            .WithTrackingName(Steps.ClassDiagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, items) => Report(output, items));

        var models = classModels
            .Where(static model => model.Input is not null)
            .Select(static (model, _) => model.Input!);
        RegisterModels(context, models);
    }

    private static void RegisterModels(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<ModelInput> models
    )
    {
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

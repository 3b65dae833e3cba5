using System;
using System.Linq;
using System.Threading;
using M3oE.Dsl.Emitter.Emitting;
using M3oE.Dsl.Emitter.Naming;
using M3oE.Dsl.Generator.Diagnostics;
using M3oE.Dsl.Generator.Pipeline;
using M3oE.Dsl.Language.Collections;
using M3oE.Dsl.Language.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using LanguageDiagnostic = M3oE.Dsl.Language.Diagnostics.Diagnostic;
using LanguageSeverity = M3oE.Dsl.Language.Diagnostics.DiagnosticSeverity;

namespace M3oE.Dsl.Generator;

public sealed partial class M3oEGenerator
{
    /// <summary>The namespace of generated types when the project names none that is valid.</summary>
    public const string DefaultNamespace = "M3oE.Dsl.Generated";

    private static ProjectSettings ReadSettings(AnalyzerConfigOptions options)
    {
        options.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        options.TryGetValue("build_property.ProjectDir", out var projectDirectory);
        var ns = IsNamespace(rootNamespace) ? rootNamespace! : DefaultNamespace;
        return new ProjectSettings(ns, projectDirectory ?? string.Empty);
    }

    private static bool IsNamespace(string? name) =>
        !string.IsNullOrEmpty(name)
        && name!
            .Split('.')
            .All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);

    private static SpecText ReadSpec(AdditionalText file, ProjectSettings settings, CancellationToken token)
    {
        var text = file.GetText(token)?.ToString() ?? string.Empty;
        return new SpecText(file.Path, SpecPaths.Relative(file.Path, settings.ProjectDirectory), text);
    }

    private static CompiledSpec Compile(SpecText spec, SpecSet set, ProjectSettings settings, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        var options = new EmitOptions(settings.Namespace, HintNames.Prefix(spec.RelativePath));
        try
        {
            var result = SpecCompiler.Compile(spec.RelativePath, spec.Text, new SpecSetFileProvider(set));

            // a diagnostic inside an imported file is reported when that file is compiled itself
            var diagnostics = result
                .Diagnostics.Where(d => d.Path == spec.RelativePath)
                .Select(d => ToInfo(d, spec.FullPath))
                .ToEquatableArray();
            return new CompiledSpec(spec.FullPath, options, result.Models, diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = GeneratorDiagnostics.Failure(spec.FullPath, exception);
            return new CompiledSpec(spec.FullPath, options, default, new[] { failure }.ToEquatableArray());
        }
    }

    private static EmittedModel Emit(ModelInput input, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        try
        {
            var result = ModelEmitter.Emit(input.Model, input.Options);
            var diagnostics = result
                .Diagnostics.Select(d => new DiagnosticInfo(
                    d.Id,
                    d.Id,
                    d.Message,
                    d.Severity == EmitterSeverity.Error,
                    d.Severity == EmitterSeverity.Info,
                    input.FullPath,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0
                ))
                .ToEquatableArray();
            return new EmittedModel(result.Files, diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = GeneratorDiagnostics.Failure(input.FullPath, exception);
            return new EmittedModel(default, new[] { failure }.ToEquatableArray());
        }
    }

    private static DiagnosticInfo ToInfo(LanguageDiagnostic diagnostic, string fullPath) =>
        new(
            diagnostic.Id,
            diagnostic.Id,
            diagnostic.Message,
            diagnostic.Severity == LanguageSeverity.Error,
            false,
            fullPath,
            diagnostic.Span.Start,
            diagnostic.Span.Length,
            Math.Max(0, diagnostic.Start.Line - 1),
            Math.Max(0, diagnostic.Start.Column - 1),
            Math.Max(0, diagnostic.End.Line - 1),
            Math.Max(0, diagnostic.End.Column - 1)
        );
}

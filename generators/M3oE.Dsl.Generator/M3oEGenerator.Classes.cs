using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using M3oE.Dsl.Emitter.Emitting;
using M3oE.Dsl.Generator.Declarations;
using M3oE.Dsl.Generator.Diagnostics;
using M3oE.Dsl.Generator.Pipeline;
using M3oE.Dsl.Language.Collections;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Language.Semantics;
using LanguageDiagnostic = M3oE.Dsl.Language.Diagnostics.Diagnostic;
using LanguageSeverity = M3oE.Dsl.Language.Diagnostics.DiagnosticSeverity;

namespace M3oE.Dsl.Generator;

public sealed partial class M3oEGenerator
{
    /// <summary>The prefix of the hint names of models generated into a class, before the class's namespace.</summary>
    public const string ClassHintPrefix = "class+";

    private static readonly SpecSetFileProvider NoImports = new(new SpecSet(EquatableArray<SpecText>.Empty));

    /// <summary>
    /// A class declared by model attributes: its attributes written as spec text, checked by the front end
    /// and emitted into the class. Front-end diagnostics land on the attribute that wrote the offending line.
    /// </summary>
    private static ClassModel Declare(ModelClass model, ProjectSettings settings, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        if (model.Problems.Count > 0)
        {
            return new ClassModel(null, null, model.Problems);
        }

        try
        {
            var written = SpecWriter.Write(model);
            if (written.Diagnostics.Count > 0)
            {
                return new ClassModel(null, null, written.Diagnostics);
            }

            var path = SpecPaths.Relative(model.FilePath, settings.ProjectDirectory);
            var result = SpecCompiler.Compile(path, written.Text, NoImports);
            var diagnostics = result.Diagnostics.Select(d => OnAttribute(d, written.Lines)).ToEquatableArray();
            if (result.HasErrors || result.Models.Count != 1)
            {
                return new ClassModel(null, null, diagnostics);
            }

            return new ClassModel(IntoClass(model, result.Models[0]), null, diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new ClassModel(null, null, Failure(model, exception));
        }
    }

    /// <summary>
    /// A class bound to a spec file: the spec's checked model, emitted into the class. The spec path is
    /// relative to the C# file; the spec's own diagnostics stay in the spec.
    /// </summary>
    private static ClassModel Bind(ModelClass model, CompiledSpecSet specs, ProjectSettings settings)
    {
        var problems = model.Problems.ToList();
        foreach (var attribute in model.Attributes)
        {
            var message =
                "["
                + attribute.Name
                + "] declares part of a model in C#, but this class is bound to the "
                + "spec '"
                + model.Spec
                + "'; remove the attribute, or the spec path to declare the model in C#";
            problems.Add(
                DeclarationDiagnostics.At(DeclarationDiagnostics.AttributeConflict, attribute.Location, message)
            );
        }

        if (problems.Count > 0)
        {
            return new ClassModel(null, null, problems.ToEquatableArray());
        }

        var folder = model.FilePath.Length == 0 ? settings.ProjectDirectory : Folder(model.FilePath);
        var target = SpecPaths.Normalize(folder + "/" + model.Spec);
        var spec = specs.Specs.FirstOrDefault(s => SpecPaths.Normalize(s.FullPath) == target)
            ?? Single(specs.Specs.Where(s => string.Equals(SpecPaths.Normalize(s.FullPath), target, IgnoreCase)));
        if (spec is null)
        {
            return Failed(DeclarationDiagnostics.SpecNotFound, model.Location, model.Spec!, target);
        }

        var names = string.Join(", ", spec.Models.Select(m => m.Name));
        ModelSpec? chosen;
        if (model.ModelName is null)
        {
            chosen = spec.Models.Count == 1 ? spec.Models[0] : null;
            if (chosen is null)
            {
                var count = spec.Models.Count == 0 ? "declares no model" : "declares several models";
                return Failed(DeclarationDiagnostics.ModelNotFound, model.Location, model.Spec!, count, names);
            }
        }
        else
        {
            chosen = spec.Models.FirstOrDefault(m => string.Equals(m.Name, model.ModelName, StringComparison.Ordinal));
            if (chosen is null)
            {
                var what = "has no model '" + model.ModelName + "'";
                return Failed(DeclarationDiagnostics.ModelNotFound, model.Location, model.Spec!, what, names);
            }
        }

        return new ClassModel(IntoClass(model, chosen), new BoundModelKey(spec.FullPath, chosen.Name), default);
    }

    private const StringComparison IgnoreCase = StringComparison.OrdinalIgnoreCase;

    /// <summary>The model under the class's name, emitted into the class's namespace.</summary>
    private static ModelInput IntoClass(ModelClass model, ModelSpec spec) =>
        new(
            model.FilePath,
            spec with
            {
                CSharpName = model.Name,
            },
            new EmitOptions(model.Namespace, ClassHintPrefix + model.Namespace)
        );

    private static DiagnosticInfo OnAttribute(LanguageDiagnostic diagnostic, EquatableArray<SourceSpan> lines)
    {
        var line = Math.Min(Math.Max(diagnostic.Start.Line - 1, 0), lines.Count - 1);
        var at = lines.Count == 0 ? SourceSpan.None : lines[line];
        return new DiagnosticInfo(
            diagnostic.Id,
            diagnostic.Id,
            diagnostic.Message,
            diagnostic.Severity == LanguageSeverity.Error,
            false,
            at.Path,
            at.Start,
            at.Length,
            at.StartLine,
            at.StartColumn,
            at.EndLine,
            at.EndColumn
        );
    }

    private static ClassModel Failed(
        Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor,
        SourceSpan at,
        params object[] arguments
    ) => new(null, null, new[] { DeclarationDiagnostics.At(descriptor, at, arguments) }.ToEquatableArray());

    private static EquatableArray<DiagnosticInfo> Failure(ModelClass model, Exception exception)
    {
        var failure = GeneratorDiagnostics.Failure(model.Name, exception);
        var at = model.Location;
        return new[]
        {
            failure with
            {
                Path = at.Path,
                Start = at.Start,
                Length = at.Length,
                StartLine = at.StartLine,
                StartColumn = at.StartColumn,
                EndLine = at.EndLine,
                EndColumn = at.EndColumn,
            },
        }.ToEquatableArray();
    }

    private static string Folder(string path)
    {
        var unified = path.Replace('\\', '/');
        var slash = unified.LastIndexOf('/');
        return slash < 0 ? string.Empty : unified.Substring(0, slash);
    }

    private static T? Single<T>(IEnumerable<T> items)
        where T : class
    {
        var list = items.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }
}

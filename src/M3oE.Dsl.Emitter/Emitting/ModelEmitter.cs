using System.Collections.Generic;
using M3oE.Dsl.Emitter.Naming;
using M3oE.Dsl.Emitter.Planning;
using M3oE.Dsl.Language.Collections;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Emitter.Emitting;

/// <summary>
/// The C# emitter shared by the source generator and <c>m3oec</c>: one checked model in, its generated files
/// out. Output depends only on the model and the options, never on the machine's culture.
/// </summary>
public static class ModelEmitter
{
    /// <summary>The version written into <c>[GeneratedCode]</c>.</summary>
    public static string Version { get; } = typeof(ModelEmitter).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";

    /// <summary>The parts generated for every model, in output order, with their template names.</summary>
    private static readonly string[] Parts = { "Domains", "Tasks", "Row", "Outputs", "Model", "Data", "Factory" };

    /// <summary>Generates the files of <paramref name="model"/>.</summary>
    public static EmitResult Emit(ModelSpec model, EmitOptions options)
    {
        var (view, diagnostics) = ModelPlanner.Plan(model, options.Namespace, Version);
        var files = new List<GeneratedFile>();
        foreach (var part in Parts)
        {
            files.Add(Render(model, options, part, view));
        }

        if (view.HasSearch)
        {
            files.Add(Render(model, options, "Search", view));
        }

        return new EmitResult(files.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static GeneratedFile Render(ModelSpec model, EmitOptions options, string part, object view) =>
        new(HintNames.For(options.HintPrefix, model.CSharpName, part), TemplateRenderer.Render(part, view));
}

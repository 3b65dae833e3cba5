using System;
using System.IO;
using System.Linq;
using M3oE.Dsl.Cli.Infrastructure;
using M3oE.Dsl.Emitter.Emitting;
using M3oE.Dsl.Emitter.Naming;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Cli.Training;

/// <summary>
/// Emits the C# of one checked model with the shared emitter and compiles it in memory, the step that
/// <c>train</c>, <c>eval</c> and <c>predict</c> share.
/// </summary>
internal static class ModelGeneration
{
    private const string GeneratedNamespace = "M3oE.Dsl.Generated";

    /// <summary>The generated types of <paramref name="model"/>, or null when the emitter reported errors
    /// (they are printed).</summary>
    public static GeneratedModel? Generate(ModelSpec model, string relative, string specPath, CliConsole console)
    {
        var emitted = ModelEmitter.Emit(model, new EmitOptions(GeneratedNamespace, HintNames.Prefix(relative)));
        var errors = emitted.Diagnostics.Where(d => d.Severity == EmitterSeverity.Error).ToList();
        foreach (var finding in errors)
        {
            console.Out.WriteLine($"{specPath}(1,1): error {finding.Id}: {finding.Message}");
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var assembly = GeneratedCodeCompiler.Compile(
            specPath,
            $"{GeneratedNamespace}.{model.CSharpName}.{Guid.NewGuid():N}",
            emitted.Files
        );
        return new GeneratedModel(assembly, GeneratedNamespace, model.CSharpName);
    }

    /// <summary>
    /// The spec path as the compiler is given it: relative to the working folder, "../" kept, so that imports
    /// and base models resolve against the spec's own folder.
    /// </summary>
    public static string CompilerPath(string file) =>
        Path.GetRelativePath(Directory.GetCurrentDirectory(), file).Replace('\\', '/');

    /// <summary>The spec path as the emitter names it: relative to the working folder when below it.</summary>
    public static string RelativePath(string file)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), file).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) ? Path.GetFileName(file) : relative;
    }
}

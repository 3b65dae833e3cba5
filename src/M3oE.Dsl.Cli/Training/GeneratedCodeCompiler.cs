using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using M3oE.Dsl.Data;
using M3oE.Dsl.Emitter.Emitting;
using M3oE.Dsl.Runtime.Training;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TorchSharp;

namespace M3oE.Dsl.Cli.Training;

/// <summary>
/// Compiles generated C# in memory with Roslyn and loads it into the default load context, so that the
/// generated types use the very runtime, data and TorchSharp assemblies the command line has loaded.
/// </summary>
internal static class GeneratedCodeCompiler
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(CollectReferences);

    public static Assembly Compile(string specPath, string assemblyName, IEnumerable<GeneratedFile> files)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parseOptions, path: f.HintName)).ToList();
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                optimizationLevel: OptimizationLevel.Release
            )
        );

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            var errors = emitted
                .Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
                .Take(5)
                .Select(d => d.ToString());
            throw new GeneratedCodeException(
                $"the C# generated from '{specPath}' does not compile: " + string.Join("; ", errors)
            );
        }

        image.Position = 0;
        return AssemblyLoadContext.Default.LoadFromStream(image);
    }

    private static IReadOnlyList<MetadataReference> CollectReferences()
    {
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
        foreach (var path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            paths.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }

        // the assemblies the generated code is written against, as this process loaded them
        foreach (var assembly in new[] { typeof(Trainer).Assembly, typeof(DataSet).Assembly, typeof(torch).Assembly })
        {
            paths[assembly.GetName().Name!] = assembly.Location;
        }

        return paths
            .Values.Where(File.Exists)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    }
}

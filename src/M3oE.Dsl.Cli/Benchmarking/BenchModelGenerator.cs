using M3oE.Dsl.Benchmarks.Hosting;
using M3oE.Dsl.Cli.Infrastructure;
using M3oE.Dsl.Cli.Training;
using M3oE.Dsl.Language.Semantics;

namespace M3oE.Dsl.Cli.Benchmarking;

/// <summary>Checks, emits and compiles a spec exactly as <c>m3oec train</c> does.</summary>
internal sealed class BenchModelGenerator : IModelGenerator
{
    private readonly CliConsole _console;

    public BenchModelGenerator(CliConsole console)
    {
        _console = console;
    }

    public IGeneratedModel Generate(string specPath, string text)
    {
        var relative = ModelGeneration.RelativePath(specPath);
        var compiled = SpecCompiler.Compile(relative, text);
        if (compiled.HasErrors)
        {
            new DiagnosticWriter(_console).Write(compiled.Diagnostics);
            throw new BenchInputException($"'{specPath}' has errors; nothing was measured.");
        }

        if (compiled.Models.Count != 1)
        {
            throw new BenchInputException(
                $"'{specPath}' declares {compiled.Models.Count} models; the benchmark needs a spec with one."
            );
        }

        var model = compiled.Models[0];
        var generated = ModelGeneration.Generate(model, relative, specPath, _console)
            ?? throw new BenchInputException($"the emitter refused '{specPath}'; nothing was measured.");
        return new BenchGeneratedModel(model, generated);
    }
}

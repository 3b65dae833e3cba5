using System;
using System.IO;
using M3oE.Dsl.Benchmarks.Hosting;
using M3oE.Dsl.Benchmarks.Reporting;

namespace M3oE.Dsl.Benchmarks.Suites;

/// <summary>What the suites share: the options, the report, progress and the generated models (built once).</summary>
public sealed class BenchContext
{
    private readonly IModelGenerator generator;
    private readonly Action<string> progress;
    private IGeneratedModel? spec;
    private IGeneratedModel? synthetic;

    public BenchContext(BenchOptions options, IModelGenerator generator, Action<string> progress)
    {
        Options = options;
        this.generator = generator;
        this.progress = progress;
    }

    public BenchOptions Options { get; }

    public BenchReport Report { get; } = new();

    /// <summary>Training rows per second of the main spec's generated model, once the generated part measured
    /// it.</summary>
    public double? SpecTrainingRowsPerSecond { get; set; }

    /// <summary>The generated types of the main spec.</summary>
    public IGeneratedModel Spec => spec ??= Generate(Options.SpecPath);

    /// <summary>The generated types of the synthetic-data spec.</summary>
    public IGeneratedModel Synthetic => synthetic ??= Generate(Options.SyntheticSpecPath);

    /// <summary>Reports progress on a line of its own.</summary>
    public void Progress(string line) => progress(line);

    private IGeneratedModel Generate(string path)
    {
        if (!File.Exists(path))
        {
            throw new BenchInputException($"the spec file '{path}' does not exist.");
        }

        return generator.Generate(path, File.ReadAllText(path));
    }
}

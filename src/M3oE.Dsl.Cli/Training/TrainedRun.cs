using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using M3oE.Dsl.Cli.Infrastructure;
using M3oE.Dsl.Data;
using M3oE.Dsl.Data.FeatureMaps;
using M3oE.Dsl.Data.Splits;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Language.Semantics;
using M3oE.Dsl.Runtime.Checkpoints;
using M3oE.Dsl.Runtime.Models;
using TorchSharp;

namespace M3oE.Dsl.Cli.Training;

/// <summary>
/// A model loaded back from the folder <c>train</c> wrote: its spec copy compiled to the same in-memory
/// generated code, its feature map and its weights.
/// </summary>
internal sealed class TrainedRun : IDisposable
{
    private TrainedRun(
        string folder,
        string specPath,
        ModelSpec spec,
        GeneratedModel generated,
        FeatureMap map,
        torch.nn.Module module,
        string split,
        string? data,
        int epochs
    )
    {
        Folder = folder;
        SpecPath = specPath;
        Spec = spec;
        Generated = generated;
        Map = map;
        Module = module;
        Model = GeneratedModel.Network(module);
        Split = split;
        Data = data;
        Epochs = epochs;
    }

    public string Folder { get; }

    /// <summary>The spec copy in the run folder.</summary>
    public string SpecPath { get; }

    public ModelSpec Spec { get; }

    public GeneratedModel Generated { get; }

    public FeatureMap Map { get; }

    /// <summary>The generated module, which owns the weights as <c>train</c> saved them.</summary>
    public torch.nn.Module Module { get; }

    /// <summary>The runtime model inside <see cref="Module"/>.</summary>
    public MultiDomainModel Model { get; }

    /// <summary>The split the run's summary was computed on: "validation" or "test".</summary>
    public string Split { get; }

    /// <summary>The data file the run trained on, when the run folder says which and it still exists.</summary>
    public string? Data { get; }

    public int Epochs { get; }

    /// <summary>
    /// Loads the run in <paramref name="folder"/>; throws <see cref="RunFolderException"/> with a line for the
    /// user when a file is missing, and lets the feature map's mismatch error through.
    /// </summary>
    public static TrainedRun Load(string folder, CliConsole console)
    {
        if (!Directory.Exists(folder))
        {
            throw new RunFolderException($"the run folder '{folder}' does not exist.");
        }

        var summaryPath = Need(folder, "summary.json");
        string modelName;
        string split;
        string? specName;
        string? data;
        int epochs;
        try
        {
            using var summary = JsonDocument.Parse(File.ReadAllText(summaryPath));
            var root = summary.RootElement;
            modelName = root.GetProperty("model").GetString() ?? string.Empty;
            split = root.GetProperty("split").GetString() ?? "validation";
            specName = root.TryGetProperty("spec", out var spec) ? spec.GetString() : null;
            data = root.TryGetProperty("data", out var file) ? file.GetString() : null;
            epochs = root.TryGetProperty("epochs", out var count) ? count.GetInt32() : 0;
        }
        catch (Exception exception)
            when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new RunFolderException($"'{summaryPath}' is not a run summary: {exception.Message}");
        }

        var specPath = SpecCopy(folder, specName);
        var compiled = SpecCompiler.Compile(Path.GetFileName(specPath), File.ReadAllText(specPath));
        new DiagnosticWriter(console).Write(compiled.Diagnostics);
        if (compiled.HasErrors)
        {
            throw new RunFolderException($"the spec copy '{specPath}' has errors.");
        }

        var model = compiled.Models.FirstOrDefault(m => m.Name == modelName)
            ?? throw new RunFolderException($"the spec copy '{specPath}' has no model '{modelName}'.");
        var generated = ModelGeneration.Generate(model, Path.GetFileName(specPath), specPath, console)
            ?? throw new RunFolderException($"the C# of model '{modelName}' could not be emitted.");
        var map = FeatureMap.Load(Need(folder, "feature-map.json"), generated.Schema);
        var weights = Need(folder, "weights.dat");
        var module = generated.CreateModel(map);
        WeightFiles.LoadTorchSharp(module, weights);

        var synthetic = Path.Combine(folder, "synthetic.csv");
        var dataFile =
            File.Exists(synthetic) ? synthetic
            : data is not null && (File.Exists(data) || Directory.Exists(data)) ? data
            : null;
        return new TrainedRun(folder, specPath, model, generated, map, module, split, dataFile, epochs);
    }

    /// <summary>Every row of <paramref name="path"/> as the training split, in file order; a bad row fails.</summary>
    public DataSet AllRows(string path)
    {
        var options = Generated.CreateDataOptions() with
        {
            Split = Dsl.Data.Splits.SplitSpec.Ratio(1, 0, 0),
            ShuffleTraining = false,
            BadRows = Dsl.Data.Quality.BadRowPolicy.Error,
        };
        return DataFiles.Open(Generated, path, options);
    }

    /// <summary>
    /// The rows to evaluate on: every row of <paramref name="data"/> when given (split "all"), otherwise the split
    /// the run's summary was computed on, from the run's own data. Null when neither is available.
    /// </summary>
    public (Runtime.Data.IBatchSource Source, string Path, string Split)? EvaluationRows(string? data)
    {
        if (data is not null)
        {
            return (AllRows(data).Load(DataSplit.Train, Map), data, "all");
        }

        if (Data is not { } trained)
        {
            return null;
        }

        var split = Split == "test" ? DataSplit.Test : DataSplit.Validation;
        return (DataFiles.Open(Generated, trained).Load(split, Map), trained, Split);
    }

    public void Dispose() => Module.Dispose();

    private static string Need(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path)
            ? path
            : throw new RunFolderException(
                $"the run folder '{folder}' has no {name}; is it a folder 'm3oec train' wrote?"
            );
    }

    private static string SpecCopy(string folder, string? original)
    {
        if (original is not null && File.Exists(Path.Combine(folder, Path.GetFileName(original))))
        {
            return Path.Combine(folder, Path.GetFileName(original));
        }

        var specs = Directory.GetFiles(folder, "*.m3oe");
        return specs.Length == 1
            ? specs[0]
            : throw new RunFolderException($"the run folder '{folder}' has no single spec copy (*.m3oe).");
    }
}

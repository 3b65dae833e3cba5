using System;
using M3oE.Dsl.Benchmarks.Hosting;
using M3oE.Dsl.Cli.Training;
using M3oE.Dsl.Data;
using M3oE.Dsl.Data.FeatureMaps;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Runtime.Models;
using M3oE.Dsl.Runtime.Training;
using TorchSharp;

namespace M3oE.Dsl.Cli.Benchmarking;

/// <summary>The generated types of one spec as <c>train</c> loads them, offered to the benchmark suites.</summary>
internal sealed class BenchGeneratedModel : IGeneratedModel
{
    private readonly GeneratedModel _generated;

    public BenchGeneratedModel(ModelSpec spec, GeneratedModel generated)
    {
        Spec = spec;
        _generated = generated;
    }

    public ModelSpec Spec { get; }

    public torch.nn.Module CreateModel(Func<string, long> cardinality) => _generated.CreateModel(cardinality);

    public torch.nn.Module CreateModel(FeatureMap map) => _generated.CreateModel(map);

    public MultiDomainModel Network(torch.nn.Module model) => GeneratedModel.Network(model);

    public DataOptions CreateDataOptions() => _generated.CreateDataOptions();

    public TrainerOptions CreateTrainerOptions() => _generated.CreateTrainerOptions();

    public Trainer CreateTrainer(torch.nn.Module model, TrainerOptions options) =>
        _generated.CreateTrainer(model, options);

    public DataSet FromCsv(string path, DataOptions options) => _generated.FromCsv(path, options);

    public DataSet FromParquet(string path, DataOptions options) => _generated.FromParquet(path, options);
}

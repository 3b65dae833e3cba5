using System;
using M3oE.Dsl.Data;
using M3oE.Dsl.Data.FeatureMaps;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Runtime.Models;
using M3oE.Dsl.Runtime.Training;
using TorchSharp;

namespace M3oE.Dsl.Benchmarks.Hosting;

/// <summary>
/// The types the emitter generates for one spec, compiled and loaded by the host (the command line), so that the
/// suites drive exactly the code a generated build runs: the model class, its data type and its factory.
/// </summary>
public interface IGeneratedModel
{
    /// <summary>The checked spec.</summary>
    ModelSpec Spec { get; }

    /// <summary>The generated model built with the vocabulary size of each categorical feature.</summary>
    torch.nn.Module CreateModel(Func<string, long> cardinality);

    /// <summary>The generated factory's model for a fitted feature map.</summary>
    torch.nn.Module CreateModel(FeatureMap map);

    /// <summary>The runtime model inside a generated model.</summary>
    MultiDomainModel Network(torch.nn.Module model);

    /// <summary>The generated factory's data options (the spec's train section).</summary>
    DataOptions CreateDataOptions();

    /// <summary>The generated factory's trainer options.</summary>
    TrainerOptions CreateTrainerOptions();

    /// <summary>The generated factory's trainer.</summary>
    Trainer CreateTrainer(torch.nn.Module model, TrainerOptions options);

    /// <summary>The generated data type reading a CSV file.</summary>
    DataSet FromCsv(string path, DataOptions options);

    /// <summary>The generated data type reading a Parquet file.</summary>
    DataSet FromParquet(string path, DataOptions options);
}

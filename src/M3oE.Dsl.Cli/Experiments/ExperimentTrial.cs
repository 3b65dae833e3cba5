using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using M3oE.Dsl.Cli.Training;
using M3oE.Dsl.Data.Batches;
using M3oE.Dsl.Data.FeatureMaps;
using M3oE.Dsl.Data.Splits;
using M3oE.Dsl.Runtime.Metrics;
using M3oE.Dsl.Runtime.Models;
using TorchSharp;

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>
/// One run of an experiment: a model trained at one grid point with one seed, its test predictions written, its
/// results file written last (so a results file means a finished run).
/// </summary>
internal static class ExperimentTrial
{
    public static RunResult Run(ExperimentFile file, PreparedModel prepared, GridPoint point, int seed)
    {
        var clock = Stopwatch.StartNew();
        var started = DateTime.UtcNow;
        var resultPath = ExperimentPaths.Result(file.Output, prepared.Model, point, seed);
        Directory.CreateDirectory(Path.GetDirectoryName(resultPath)!);

        // the seed draws the split too: each seed is its own random split by the spec's ratios
        var generated = prepared.Generated;
        var defaults = generated.CreateDataOptions();
        var options = defaults with
        {
            BatchSize = point.Batch ?? defaults.BatchSize,
            Seed = seed,
            Split = defaults.Split is RatioSplit ratio
                ? SplitSpec.Ratio(ratio.Train, ratio.Validation, ratio.Test, seed, ratio.KeyColumn)
                : defaults.Split,
        };
        var data = DataFiles.Open(generated, file.Data, options);
        var map = data.Fit();
        var train = data.Load(DataSplit.Train, map);
        var validation = data.Load(DataSplit.Validation, map);
        var test = data.Load(DataSplit.Test, map);

        torch.manual_seed(seed);
        using var module = generated.CreateModel(map);
        var trainerOptions = generated.CreateTrainerOptions() with
        {
            Epochs = file.Epochs,
            LearningRate = point.LearningRate,
            Seed = seed,
            CheckpointDirectory = null,
            Resume = false,
        };
        var trainer = generated.CreateTrainer(module, trainerOptions);
        var fitted = trainer.Fit(train, validation, test);

        var predictionsPath = ExperimentPaths.Predictions(resultPath);
        WritePredictions(GeneratedModel.Network(module), test, map, predictionsPath);
        var testFigures = PredictionFile.Figures(predictionsPath, map.DomainNames);
        var validationMetrics = fitted.Validation
            ?? throw new InvalidOperationException("the trainer returned no validation metrics.");

        var result = new RunResult(
            prepared.Model.Name,
            prepared.Spec.Name,
            prepared.Model.Spec,
            prepared.Model.Role.ToString().ToLowerInvariant(),
            seed,
            point.LearningRate,
            options.BatchSize,
            point.Key,
            file.Epochs,
            fitted.History.Count,
            fitted.BestEpoch + 1,
            fitted.StoppedEarly,
            train.RowCount ?? 0,
            Figures(validationMetrics, map, validation.RowCount ?? 0),
            testFigures,
            fitted.Test?.MeanAuc,
            fitted.StructureWeights.ToDictionary(p => p.Key, p => p.Value),
            fitted.History.Select(e => new EpochFigures(e.Epoch + 1, e.TrainLoss, e.MeanAuc)).ToList(),
            Path.GetFileName(predictionsPath),
            started.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            Math.Round(clock.Elapsed.TotalSeconds, 1),
            $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}"
        );
        result.Write(resultPath);
        return result;
    }

    private static SplitFigures Figures(EvaluationMetrics metrics, FeatureMap map, long rows) =>
        new(
            rows,
            metrics.MeanAuc,
            metrics.MeanLogLoss,
            metrics
                .Cells.Select(c => new CellFigures(
                    map.DomainNames[c.Domain],
                    map.TaskNames[c.Task],
                    c.Rows,
                    c.Positives,
                    c.Auc,
                    c.LogLoss
                ))
                .ToList()
        );

    private static void WritePredictions(MultiDomainModel model, InMemoryBatchSource test, FeatureMap map, string path)
    {
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
        {
            PredictionFile.WriteHeader(writer, map.TaskNames);
            var line = new StringBuilder();
            model.eval();
            using (torch.no_grad())
            {
                foreach (var batch in test.Batches(0))
                {
                    using (batch)
                    using (torch.NewDisposeScope())
                    {
                        var probabilities = model
                            .Predict(batch)
                            .to_type(torch.ScalarType.Float32)
                            .data<float>()
                            .ToArray();
                        var labels = batch.Labels.to_type(torch.ScalarType.Float32).data<float>().ToArray();
                        var domains = batch.Domain.data<long>().ToArray();
                        var tasks = map.TaskNames.Count;
                        for (var row = 0; row < domains.Length; row++)
                        {
                            line.Clear();
                            PredictionFile.WriteRow(
                                line,
                                map.DomainNames[(int)domains[row]],
                                labels.AsSpan(row * tasks, tasks),
                                probabilities.AsSpan(row * tasks, tasks)
                            );
                            writer.Write(line);
                        }
                    }
                }
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using M3oE.Dsl.Cli.Infrastructure;
using M3oE.Dsl.Cli.Training;
using M3oE.Dsl.Data.Quality;
using M3oE.Dsl.Data.Splits;
using M3oE.Dsl.Data.Synthetic;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Language.Semantics;
using M3oE.Dsl.Runtime.Checkpoints;
using M3oE.Dsl.Runtime.Training;
using Spectre.Console;
using Spectre.Console.Cli;
using TorchSharp;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>
/// <c>m3oec train SPEC</c>: compiles the spec, emits its C# with the shared emitter, compiles that in memory
/// and trains through the generated data and factory types, on a data file or on synthetic rows. The run
/// folder receives the spec, the feature map, the weights, the metrics of every epoch and a summary.
/// </summary>
public sealed class TrainCommand : Command<TrainSettings>
{
    private readonly CliConsole _console;

    public TrainCommand(CliConsole console)
    {
        _console = console;
    }

    public override int Execute(CommandContext context, TrainSettings settings, CancellationToken cancellationToken)
    {
        var text = SpecReader.TryRead(settings.Spec, _console);
        if (text is null)
        {
            return ExitCodes.SpecOrDataErrors;
        }

        var relative = ModelGeneration.RelativePath(settings.Spec);
        var compiled = SpecCompiler.Compile(relative, text);
        var writer = new DiagnosticWriter(_console);
        writer.Write(compiled.Diagnostics);
        if (compiled.HasErrors)
        {
            _console.Error.WriteLine($"m3oec: '{settings.Spec}' has errors; nothing was trained.");
            return ExitCodes.SpecOrDataErrors;
        }

        var model = SelectModel(compiled.Models, settings);
        if (model is null)
        {
            return ExitCodes.UsageError;
        }

        var seed = settings.Seed ?? (int)model.Train.Seed;
        SyntheticGenerator? synthetic = null;
        if (settings.Data is null)
        {
            synthetic = new SyntheticGenerator(new SyntheticSettings { Seed = seed });
            var missing = SpecColumns.Read(model).Except(synthetic.Columns).ToList();
            if (missing.Count > 0)
            {
                _console.Error.WriteLine(
                    $"m3oec: the synthetic data has no column {string.Join(", ", missing)} that model "
                        + $"'{model.Name}' of '{settings.Spec}' reads; pass --data with a CSV or Parquet file."
                );
                return ExitCodes.SpecOrDataErrors;
            }
        }
        else if (DataFiles.Problem(settings.Data) is { } problem)
        {
            _console.Error.WriteLine("m3oec: " + problem);
            return ExitCodes.SpecOrDataErrors;
        }

        var generated = ModelGeneration.Generate(model, relative, settings.Spec, _console);
        if (generated is null)
        {
            return ExitCodes.SpecOrDataErrors;
        }

        var folder = new RunFolder(
            settings.Out ?? Path.Combine("runs", $"{model.Name}-{DateTime.Now:yyyyMMdd-HHmmss}")
        );
        folder.Copy(settings.Spec, Path.GetFileName(settings.Spec));
        var dataPath = settings.Data;
        if (synthetic is not null)
        {
            dataPath = folder.File("synthetic.csv");
            var temporary = dataPath + ".tmp";
            synthetic.WriteCsv(temporary, settings.Rows);
            File.Move(temporary, dataPath, overwrite: true);
        }

        try
        {
            return Train(settings, model, generated, folder, dataPath!, seed);
        }
        catch (DataFormatException exception)
        {
            _console.Error.WriteLine("m3oec: " + exception.Message);
            return ExitCodes.SpecOrDataErrors;
        }
    }

    private int Train(
        TrainSettings settings,
        ModelSpec spec,
        GeneratedModel generated,
        RunFolder folder,
        string dataPath,
        int seed
    )
    {
        var progress = !settings.Json && !settings.Quiet;
        var data = DataFiles.Open(generated, dataPath);
        var map = data.Fit();
        folder.WriteText("feature-map.json", map.ToJson());
        var train = data.Load(DataSplit.Train, map);
        var validation = data.Load(DataSplit.Validation, map);
        var test = data.RowCounts is { } counts && counts.GetValueOrDefault(DataSplit.Test) > 0
            ? data.Load(DataSplit.Test, map)
            : null;
        if (progress)
        {
            _console.Ansi.WriteLine($"training {spec.Name} on {dataPath}");
            _console.Ansi.WriteLine(
                $"rows: {train.RowCount} train, {validation.RowCount} validation"
                    + (test is null ? string.Empty : $", {test.RowCount} test")
            );
        }

        torch.manual_seed(seed);
        using var model = generated.CreateModel(map);
        var options = generated.CreateTrainerOptions() with { Seed = seed };
        if (settings.Epochs is { } epochs)
        {
            options = options with { Epochs = epochs };
        }

        var trainer = generated.CreateTrainer(model, options);
        var lines = new List<string>();
        var clock = Stopwatch.StartNew();
        trainer.EpochCompleted += (_, e) =>
        {
            lines.Add(RunSummary.EpochJson(e.Summary, clock.Elapsed.TotalSeconds).ToJsonString());
            folder.WriteText("metrics.jsonl", string.Join("\n", lines) + "\n");
            if (progress)
            {
                _console.Ansi.WriteLine(EpochLine(e.Summary, options.Epochs, clock.Elapsed.TotalSeconds));
            }
        };

        var result = trainer.Fit(train, validation, test);
        var metrics =
            result.Test
            ?? result.Validation
            ?? throw new InvalidOperationException("the trainer returned no evaluation of the final weights.");
        WeightFiles.SaveTorchSharp(model, folder.File("weights.dat"));
        var summary = new RunSummary(
            spec.Name,
            settings.Spec,
            folder.Path,
            result.Test is null ? "validation" : "test",
            Path.GetFullPath(dataPath),
            result.History.Count,
            MetricsTable.Cells(spec, metrics),
            metrics
        );
        folder.WriteText("summary.json", summary.ToJson(indented: true) + "\n");

        if (settings.Json)
        {
            _console.Out.WriteLine(summary.ToJson(indented: false));
        }
        else if (!settings.Quiet)
        {
            _console.Ansi.WriteLine($"{summary.Model}: {summary.Split} metrics after {summary.Epochs} epochs");
            _console.Ansi.Write(MetricsTable.Table(summary));
            _console.Ansi.WriteLine($"run folder: {folder.Path}");
        }

        return ExitCodes.Ok;
    }

    private ModelSpec? SelectModel(IReadOnlyList<ModelSpec> models, TrainSettings settings)
    {
        if (settings.Model is { } name)
        {
            var chosen = models.FirstOrDefault(m => m.Name == name);
            if (chosen is null)
            {
                _console.Error.WriteLine(
                    $"m3oec: '{settings.Spec}' has no model '{name}'; it declares "
                        + string.Join(", ", models.Select(m => m.Name))
                        + "."
                );
            }

            return chosen;
        }

        if (models.Count == 1)
        {
            return models[0];
        }

        _console.Error.WriteLine(
            models.Count == 0
                ? $"m3oec: '{settings.Spec}' declares no model."
                : $"m3oec: '{settings.Spec}' declares the models {string.Join(", ", models.Select(m => m.Name))};"
                    + " choose one with --model."
        );
        return null;
    }

    private static string EpochLine(EpochSummary summary, int epochs, double seconds) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"epoch {summary.Epoch + 1}/{epochs}: loss {summary.TrainLoss:F4}, validation AUC "
                + $"{MetricsTable.Figure(summary.MeanAuc)}, log loss {MetricsTable.Figure(summary.MeanLogLoss)} "
                + $"({seconds:F1} s)"
        );
}

using System;
using System.IO;
using System.Threading;
using M3oE.Dsl.Cli.Infrastructure;
using M3oE.Dsl.Cli.Progress;
using M3oE.Dsl.Cli.Synthetic;
using M3oE.Dsl.Cli.Training;
using M3oE.Dsl.Data.FeatureMaps;
using M3oE.Dsl.Data.Quality;
using M3oE.Dsl.Language.Semantics;
using M3oE.Dsl.Runtime.Checkpoints;
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
        var compiled = SpecCompiler.Compile(ModelGeneration.CompilerPath(settings.Spec), text);
        var writer = new DiagnosticWriter(_console);
        writer.Write(compiled.Diagnostics);
        if (compiled.HasErrors)
        {
            _console.Error.WriteLine($"m3oec: '{settings.Spec}' has errors; nothing was trained.");
            return ExitCodes.SpecOrDataErrors;
        }

        var model = ModelSelection.Select(compiled.Models, settings.Model, settings.Spec, _console);
        if (model is null)
        {
            return ExitCodes.CheckFailed;
        }

        var seed = settings.Seed ?? (int)model.Train.Seed;
        if (settings.Data is not null && DataFiles.Problem(settings.Data) is { } problem)
        {
            _console.Error.WriteLine("m3oec: " + problem);
            return ExitCodes.SpecOrDataErrors;
        }

        var folderPath = settings.Out ?? Path.Combine("runs", $"{model.Name}-{DateTime.Now:yyyyMMdd-HHmmss}");
        if (settings.Resume && ResumeProblem(folderPath, settings.Spec) is { } resumeProblem)
        {
            _console.Error.WriteLine("m3oec: " + resumeProblem);
            return ExitCodes.SpecOrDataErrors;
        }

        var generated = ModelGeneration.Generate(model, relative, settings.Spec, _console);
        if (generated is null)
        {
            return ExitCodes.SpecOrDataErrors;
        }

        var folder = new RunFolder(folderPath);
        var dataPath = settings.Data;
        if (settings.Data is null)
        {
            dataPath = folder.File("synthetic.csv");
            if (!settings.Resume || !File.Exists(dataPath))
            {
                var made = SyntheticData.Write(model, seed, settings.Rows, dataPath);
                if (!settings.Json && !settings.Quiet)
                {
                    _console.Ansi.WriteLine($"no --data: {settings.Rows} rows of {made} written to {dataPath}");
                }
            }
        }

        if (!settings.Resume)
        {
            folder.Copy(settings.Spec, Path.GetFileName(settings.Spec));
        }

        var display = new TrainingDisplay(_console, enabled: !settings.Json && !settings.Quiet);
        var job = new TrainingJob(model, settings.Spec, generated, folder);
        TrainingOutcome outcome;
        var previousThreads = torch.get_num_threads();
        if (settings.Threads is { } threads)
        {
            torch.set_num_threads(threads);
        }

        try
        {
            outcome = job.Run(
                dataPath!,
                new TrainingJobOptions(seed, settings.Epochs, settings.Resume),
                display,
                cancellationToken
            );
        }
        catch (OperationCanceledException)
        {
            _console.Error.WriteLine(
                $"m3oec: stopped; the checkpoint of the last finished epoch is kept in '{folder.Path}'. Continue with:"
            );
            _console.Error.WriteLine(
                $"  m3oec train {settings.Spec} --resume --out {folder.Path}"
                    + (settings.Data is null ? string.Empty : $" --data {settings.Data}")
            );
            return ExitCodes.Interrupted;
        }
        catch (Exception exception) when (exception is DataFormatException or FeatureMapMismatchException)
        {
            _console.Error.WriteLine("m3oec: " + exception.Message);
            return ExitCodes.SpecOrDataErrors;
        }
        finally
        {
            torch.set_num_threads(previousThreads);
        }

        var summary = outcome.Summary;
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

    /// <summary>
    /// Why the run in <paramref name="folder"/> cannot be resumed with <paramref name="spec"/>, or null.
    /// </summary>
    private static string? ResumeProblem(string folder, string spec)
    {
        if (!File.Exists(Path.Combine(folder, Checkpoint.FileName)))
        {
            return $"'{folder}' holds no checkpoint to resume from; train without --resume first.";
        }

        if (!File.Exists(Path.Combine(folder, "feature-map.json")))
        {
            return $"'{folder}' holds no feature-map.json; the run cannot be resumed.";
        }

        var copy = Path.Combine(folder, Path.GetFileName(spec));
        return File.Exists(copy) && File.ReadAllText(copy) != File.ReadAllText(spec)
            ? $"'{spec}' has changed since the run in '{folder}' began; resume with the spec copy '{copy}'"
                + " or start a new run."
            : null;
    }
}

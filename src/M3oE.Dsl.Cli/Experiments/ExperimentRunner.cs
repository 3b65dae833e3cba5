using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using M3oE.Dsl.Cli.Infrastructure;
using M3oE.Dsl.Cli.Training;
using M3oE.Dsl.Language.Semantics;
using M3oE.Dsl.Runtime.Training;
using Spectre.Console;

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>
/// Runs an experiment: every model at every grid point on the tuning seed, then every model at its chosen point
/// on the other seeds, seed by seed, so that an interrupted experiment still has every model on its first seeds.
/// A run whose results file exists is skipped, so running again resumes.
/// </summary>
internal sealed class ExperimentRunner(ExperimentFile file, CliConsole console, bool quiet)
{
    private int _done;
    private int _total;

    /// <summary>
    /// Checks every spec and compiles its generated code; null when one has errors (they are printed).
    /// </summary>
    public IReadOnlyList<PreparedModel>? Prepare()
    {
        var prepared = new List<PreparedModel>();
        var writer = new DiagnosticWriter(console);
        foreach (var model in file.Models)
        {
            var text = SpecReader.TryRead(model.SpecPath, console);
            if (text is null)
            {
                return null;
            }

            // imports resolve against the spec's own folder, so the path handed to the compiler keeps its "../"
            var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), model.SpecPath).Replace('\\', '/');
            var relative = ModelGeneration.RelativePath(model.SpecPath);
            var compiled = SpecCompiler.Compile(shown, text);
            writer.Write(compiled.Diagnostics);
            if (compiled.HasErrors)
            {
                console.Error.WriteLine($"m3oec: the spec '{model.Spec}' of model '{model.Name}' has errors.");
                return null;
            }

            var spec =
                model.ModelName is { } name ? compiled.Models.FirstOrDefault(m => m.Name == name)
                : compiled.Models.Count == 1 ? compiled.Models[0]
                : null;
            if (spec is null)
            {
                console.Error.WriteLine(
                    $"m3oec: {file.Path}: model '{model.Name}': the spec '{model.Spec}' declares "
                        + string.Join(", ", compiled.Models.Select(m => m.Name))
                        + (model.ModelName is null ? "; name one with \"model\"." : $", not '{model.ModelName}'.")
                );
                return null;
            }

            var generated = ModelGeneration.Generate(spec, relative, model.SpecPath, console);
            if (generated is null)
            {
                return null;
            }

            prepared.Add(new PreparedModel(model, spec, generated));
        }

        return prepared;
    }

    public void Run(IReadOnlyList<PreparedModel> models, CancellationToken cancellationToken)
    {
        _total = models.Count * (file.Grid.Count + file.Seeds.Count - 1);
        _done = 0;
        foreach (var model in models)
        {
            foreach (var point in file.Grid)
            {
                cancellationToken.ThrowIfCancellationRequested();
                RunOne(model, point, file.TuningSeed);
            }
        }

        foreach (var seed in file.Seeds.Skip(1))
        {
            foreach (var model in models)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var chosen = ModelSelection.Choose(file.Grid, ModelSelection.TuningRuns(file, model.Model));
                if (chosen is null)
                {
                    Progress($"{model.Model.Name}, seed {seed}: no grid point finished on the tuning seed; skipped");
                    continue;
                }

                RunOne(model, chosen, seed);
            }
        }
    }

    private void RunOne(PreparedModel model, GridPoint point, int seed)
    {
        _done++;
        var what = $"{model.Model.Name}, {point.Label}, seed {seed}";
        var resultPath = ExperimentPaths.Result(file.Output, model.Model, point, seed);
        var failedPath = Path.ChangeExtension(resultPath, ".failed.txt");
        if (File.Exists(resultPath))
        {
            // a results file of another epoch cap would mix two budgets in one table
            var earlier = ResultStore.TryRead(file, model.Model, point, seed)!;
            if (earlier.EpochCap != file.Epochs)
            {
                throw new ExperimentFileException(
                    $"the results file '{resultPath}' was trained with an epoch cap of {earlier.EpochCap}, but "
                        + $"'{file.Path}' now says {file.Epochs}; give the experiment another output folder."
                );
            }

            Progress($"{what}: results on disk; skipped");
            return;
        }

        if (File.Exists(failedPath))
        {
            Progress($"{what}: failed before (see {failedPath}); skipped");
            return;
        }

        Progress($"{what}: training");
        try
        {
            var result = ExperimentTrial.Run(file, model, point, seed);
            Progress(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{what}: {result.Epochs} epochs (best {result.BestEpoch}), validation AUC "
                        + $"{MetricsTable.Figure(result.Validation.MeanAuc)}, test AUC "
                        + $"{MetricsTable.Figure(result.Test.MeanAuc)}, {result.Seconds:F1} s"
                )
            );
        }
        catch (NonFiniteLossException exception)
        {
            // a diverging grid point is a result of tuning, not a reason to stop the experiment
            Directory.CreateDirectory(Path.GetDirectoryName(failedPath)!);
            File.WriteAllText(failedPath, exception.Message + "\n");
            Progress($"{what}: the loss diverged ({exception.Message}); recorded in {failedPath}");
        }
    }

    private void Progress(string line)
    {
        if (!quiet)
        {
            console.Ansi.WriteLine($"[{_done}/{_total}] {line}");
        }
    }
}

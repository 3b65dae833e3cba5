using System;
using System.IO;
using System.Threading;
using M3oE.Dsl.Cli.Infrastructure;
using M3oE.Dsl.Cli.Training;
using M3oE.Dsl.Data.FeatureMaps;
using M3oE.Dsl.Data.Quality;
using Spectre.Console;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>
/// <c>m3oec eval RUN</c>: loads a run folder back through the same generated code and prints AUC and log
/// loss per (domain, task) on a data file, or on the split the run's summary was computed on.
/// </summary>
public sealed class EvalCommand : Command<EvalSettings>
{
    private readonly CliConsole _console;

    public EvalCommand(CliConsole console)
    {
        _console = console;
    }

    public override int Execute(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Data is not null && DataFiles.Problem(settings.Data) is { } problem)
        {
            _console.Error.WriteLine("m3oec: " + problem);
            return ExitCodes.SpecOrDataErrors;
        }

        try
        {
            using var run = TrainedRun.Load(settings.Run, _console);
            return Evaluate(run, settings);
        }
        catch (Exception exception)
            when (exception
                    is RunFolderException
                        or DataFormatException
                        or FeatureMapMismatchException
                        or FormatException
            )
        {
            _console.Error.WriteLine("m3oec: " + exception.Message);
            return ExitCodes.SpecOrDataErrors;
        }
    }

    private int Evaluate(TrainedRun run, EvalSettings settings)
    {
        if (run.EvaluationRows(settings.Data) is not var (source, dataPath, split))
        {
            _console.Error.WriteLine(
                $"m3oec: the data file of run '{settings.Run}' is not in the run folder nor where the run read it;"
                    + " pass --data with a CSV or Parquet file."
            );
            return ExitCodes.SpecOrDataErrors;
        }

        var trainer = run.Generated.CreateTrainer(run.Module, run.Generated.CreateTrainerOptions());
        var metrics = trainer.Evaluate(source);
        var summary = new RunSummary(
            run.Spec.Name,
            run.SpecPath,
            run.Folder,
            split,
            Path.GetFullPath(dataPath),
            run.Epochs,
            MetricsTable.Cells(run.Spec, metrics),
            metrics
        );

        if (settings.Json)
        {
            _console.Out.WriteLine(summary.ToJson(indented: false));
        }
        else
        {
            var what = split == "all" ? "all rows" : $"the {split} split";
            _console.Ansi.WriteLine($"{summary.Model}: metrics on {what} of {dataPath}");
            _console.Ansi.Write(MetricsTable.Table(summary));
        }

        return ExitCodes.Ok;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using M3oE.Dsl.Cli.Infrastructure;
using M3oE.Dsl.Cli.Reporting;
using M3oE.Dsl.Cli.Training;
using M3oE.Dsl.Data.FeatureMaps;
using M3oE.Dsl.Data.Quality;
using M3oE.Dsl.Runtime.Metrics;
using M3oE.Dsl.Runtime.Models;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>
/// <c>m3oec report RUN</c>: PNG plots of a run (learning curves per cell, the losses, a (domain x task) AUC heat
/// map and, for gated models, the gate weight of every expert per cell) and a markdown summary linking them.
/// </summary>
public sealed class ReportCommand : Command<ReportSettings>
{
    private readonly CliConsole _console;

    public ReportCommand(CliConsole console)
    {
        _console = console;
    }

    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Data is not null && DataFiles.Problem(settings.Data) is { } problem)
        {
            _console.Error.WriteLine("m3oec: " + problem);
            return ExitCodes.SpecOrDataErrors;
        }

        try
        {
            var records = RunRecords.Read(settings.Run);
            var folder = settings.Out ?? Path.Combine(settings.Run, "report");
            Directory.CreateDirectory(folder);
            if (!PlotFonts.Ensure())
            {
                _console.Error.WriteLine("m3oec: warning: no TrueType font was found; the plots have no text.");
            }

            var plots = new List<(string File, string Caption)>();
            Plot(folder, "learning-curves.png", "validation AUC per cell and epoch", plots, p =>
                ReportPlots.LearningCurves(records, p)
            );
            Plot(folder, "losses.png", "training and validation loss per epoch", plots, p =>
                ReportPlots.Losses(records, p)
            );
            Plot(folder, "auc-heatmap.png", $"{records.Split} AUC per (domain, task)", plots, p =>
                ReportPlots.AucHeatMap(records, p)
            );

            var (gates, note) = MeasureGates(settings);
            if (gates is not null)
            {
                Plot(folder, "gates.png", "mean gate weight per expert and cell", plots, p =>
                    ReportPlots.GateUtilisation(records.Model, gates, p)
                );
            }

            var markdown = Path.Combine(folder, "report.md");
            File.WriteAllText(
                markdown + ".tmp",
                ReportMarkdown.Write(records, plots, gates, note),
                new UTF8Encoding(false)
            );
            File.Move(markdown + ".tmp", markdown, overwrite: true);
            foreach (var (file, _) in plots)
            {
                _console.Out.WriteLine(Path.Combine(folder, file));
            }

            _console.Out.WriteLine(markdown);
            return ExitCodes.Ok;
        }
        catch (Exception exception)
            when (exception
                    is RunFolderException
                        or DataFormatException
                        or FeatureMapMismatchException
                        or IOException
                        or UnauthorizedAccessException
            )
        {
            _console.Error.WriteLine("m3oec: " + exception.Message);
            return ExitCodes.SpecOrDataErrors;
        }
    }

    /// <summary>The gate weights of a gated model on the report's data, or why there are none.</summary>
    private (IReadOnlyList<GateUse>? Gates, string? Note) MeasureGates(ReportSettings settings)
    {
        using var run = TrainedRun.Load(settings.Run, _console);
        if (run.Model is not IGatedModel)
        {
            return (null, $"{run.Spec.Name} has no gates over experts; there is nothing to measure.");
        }

        if (run.EvaluationRows(settings.Data) is not var (source, _, _))
        {
            return (null, "The run's data file is gone and no --data was given, so the gates were not measured.");
        }

        var cells = GateTelemetry.Measure(run.Model, source);
        var gates = cells
            .Where(c => c.Rows > 0)
            .Select(c => new GateUse(
                run.Map.DomainNames[c.Domain],
                run.Map.TaskNames[c.Task],
                c.MeanWeights,
                c.MeanEntropy
            ))
            .ToList();
        return gates.Count == 0 ? (null, "No row reached any gate.") : (gates, null);
    }

    private static void Plot(
        string folder,
        string file,
        string caption,
        List<(string File, string Caption)> plots,
        Action<string> draw
    )
    {
        var path = Path.Combine(folder, file);
        var temporary = Path.Combine(folder, "." + file + ".tmp.png");
        draw(temporary);
        File.Move(temporary, path, overwrite: true);
        plots.Add((file, caption));
    }
}

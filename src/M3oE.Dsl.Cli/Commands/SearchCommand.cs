using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using M3oE.Dsl.Cli.Infrastructure;
using M3oE.Dsl.Cli.Progress;
using M3oE.Dsl.Cli.Searching;
using M3oE.Dsl.Cli.Synthetic;
using M3oE.Dsl.Cli.Training;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Language.Semantics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>
/// <c>m3oec search SPEC</c>: trains the points of the spec's search spaces (every point, random points, or
/// random points by successive halving), each with the bilevel structure search of its fusion weights, ranks them
/// on the validation metric of the spec's search section and writes the winner as a concrete spec. A spec
/// without search spaces is trained once: its structure search is the search.
/// </summary>
public sealed class SearchCommand : Command<SearchSettings>
{
    private readonly CliConsole _console;

    public SearchCommand(CliConsole console)
    {
        _console = console;
    }

    public override int Execute(CommandContext context, SearchSettings settings, CancellationToken cancellationToken)
    {
        var text = SpecReader.TryRead(settings.Spec, _console);
        if (text is null)
        {
            return ExitCodes.SpecOrDataErrors;
        }

        var relative = ModelGeneration.RelativePath(settings.Spec);
        var compilerPath = ModelGeneration.CompilerPath(settings.Spec);
        var compiled = SpecCompiler.Compile(compilerPath, text);
        new DiagnosticWriter(_console).Write(compiled.Diagnostics);
        if (compiled.HasErrors)
        {
            _console.Error.WriteLine($"m3oec: '{settings.Spec}' has errors; nothing was searched.");
            return ExitCodes.SpecOrDataErrors;
        }

        var model = ModelSelection.Select(compiled.Models, settings.Model, settings.Spec, _console);
        if (model is null)
        {
            return ExitCodes.CheckFailed;
        }

        var elsewhere = ConcreteSpec.Elsewhere(model.Spaces, compilerPath).Select(s => $"{s.Path} ({s.File})").ToList();
        if (elsewhere.Count > 0)
        {
            _console.Error.WriteLine(
                $"m3oec: the search spaces {string.Join(", ", elsewhere)} are written in another file than "
                    + $"'{settings.Spec}'; search the file that declares them."
            );
            return ExitCodes.SpecOrDataErrors;
        }

        var strategy = settings.Strategy ?? (model.Search?.Hyper ?? HyperStrategy.Grid).ToString().ToLowerInvariant();
        var trials = settings.Trials ?? model.Search?.Trials ?? 8;
        var seed = settings.Seed ?? (int)model.Train.Seed;
        var epochs = settings.Epochs ?? model.Train.Epochs;
        if (strategy == "grid" && CandidatePlanner.Size(model.Spaces) > CandidatePlanner.MostGridPoints)
        {
            _console.Error.WriteLine(
                $"m3oec: the search spaces of '{model.Name}' have more than {CandidatePlanner.MostGridPoints} points;"
                    + " use --strategy random or halving with --trials."
            );
            return ExitCodes.SpecOrDataErrors;
        }

        var folder = new RunFolder(
            settings.Out ?? Path.Combine("runs", $"{model.Name}-search-{DateTime.Now:yyyyMMdd-HHmmss}")
        );
        var dataPath = PrepareData(settings, model, folder, seed);
        if (dataPath is null)
        {
            return ExitCodes.SpecOrDataErrors;
        }

        var metric = SearchMetric.FromSpec(model.Search?.Metric);
        var runner = new TrialRunner(
            text,
            relative,
            settings.Spec,
            model,
            dataPath,
            folder.Path,
            metric,
            seed,
            _console
        );
        var candidates =
            strategy == "grid"
                ? CandidatePlanner.Grid(model.Spaces)
                : CandidatePlanner.Random(model.Spaces, trials, seed);
        var show = !settings.Json && !settings.Quiet;
        if (show)
        {
            _console.Ansi.WriteLine(
                $"searching {model.Name}: {candidates.Count} points of {model.Spaces.Count} search spaces"
                    + $" by {strategy},"
                    + $" ranked by validation {metric.Name}"
            );
        }

        var results = new List<TrialResult>();
        try
        {
            var rungs =
                strategy == "halving" && candidates.Count > 1 ? (int)Math.Ceiling(Math.Log2(candidates.Count)) : 0;
            for (var level = 0; level <= rungs && candidates.Count > 0; level++)
            {
                var rungEpochs = RungEpochs(epochs, level, rungs);
                var rung = new List<TrialResult>();
                foreach (var candidate in candidates)
                {
                    var number = results.Count + 1;
                    var display = new TrainingDisplay(_console, show);
                    var result = runner.Run(number, candidate, rungEpochs, display, cancellationToken);
                    results.Add(result);
                    rung.Add(result);
                    folder.WriteText(
                        "trials.jsonl",
                        string.Join("\n", results.Select(r => TrialJson(r, metric).ToJsonString())) + "\n"
                    );
                    if (show)
                    {
                        _console.Ansi.WriteLine(TrialLine(result, metric));
                    }
                }

                if (level < rungs)
                {
                    candidates = Survivors(rung, metric);
                }
            }
        }
        catch (OperationCanceledException)
        {
            _console.Error.WriteLine(
                $"m3oec: stopped; the finished trials are listed in '{folder.File("trials.jsonl")}'."
            );
            return ExitCodes.Interrupted;
        }

        var best = Best(results, metric);
        if (best is null)
        {
            _console.Error.WriteLine(
                $"m3oec: no trial of '{model.Name}' finished; see '{folder.File("trials.jsonl")}'."
            );
            return ExitCodes.SpecOrDataErrors;
        }

        var written = settings.Write ?? folder.File("best.m3oe");
        WriteBest(written, runner.ConcreteText(best.Candidate), best, metric, model);
        Print(settings, model, results, best, metric, written, folder.Path);
        return ExitCodes.Ok;
    }

    /// <summary>
    /// The epochs of rung <paramref name="level"/> of <paramref name="rungs"/>: the full count at the last rung,
    /// halved for each rung before it, at least one. Grid and random searches have one rung.
    /// </summary>
    private static int RungEpochs(int epochs, int level, int rungs) =>
        Math.Max(1, (int)Math.Round(epochs / Math.Pow(2, rungs - level)));

    private static List<Candidate> Survivors(List<TrialResult> rung, SearchMetric metric)
    {
        var ranked = Ranked(rung, metric);
        return ranked.Take(Math.Max(1, (ranked.Count + 1) / 2)).Select(r => r.Candidate).ToList();
    }

    private static List<TrialResult> Ranked(IEnumerable<TrialResult> results, SearchMetric metric)
    {
        var finished = results.Where(r => r.Metric is not null).ToList();
        return metric.HigherIsBetter
            ? finished.OrderByDescending(r => r.Metric).ThenBy(r => r.Number).ToList()
            : finished.OrderBy(r => r.Metric).ThenBy(r => r.Number).ToList();
    }

    /// <summary>
    /// The winner: among the trials trained longest (the last rung of halving), the best by the metric.
    /// </summary>
    private static TrialResult? Best(List<TrialResult> results, SearchMetric metric)
    {
        var finished = results.Where(r => r.Metric is not null).ToList();
        if (finished.Count == 0)
        {
            return null;
        }

        var longest = finished.Max(r => r.Epochs);
        return Ranked(finished.Where(r => r.Epochs == longest), metric).FirstOrDefault()
            ?? Ranked(finished, metric).First();
    }

    private string? PrepareData(SearchSettings settings, ModelSpec model, RunFolder folder, int seed)
    {
        if (settings.Data is { } data)
        {
            if (DataFiles.Problem(data) is { } problem)
            {
                _console.Error.WriteLine("m3oec: " + problem);
                return null;
            }

            return data;
        }

        var path = folder.File("synthetic.csv");
        SyntheticData.Write(model, seed, settings.Rows, path);
        return path;
    }

    private static void WriteBest(string path, string text, TrialResult best, SearchMetric metric, ModelSpec model)
    {
        var header = new StringBuilder();
        header.Append(
            Invariant($"// The winner of `m3oec search` over model {model.Name}: trial {best.Number}, validation ")
        );
        header.Append(Invariant($"{metric.Name} {best.Metric:F4} after {best.Epochs} epochs.\n"));
        if (model.Spaces.Count > 0)
        {
            header.Append("// Chosen: ").Append(best.Description).Append(".\n");
        }

        if (best.Fusion.Count > 0)
        {
            header.Append("// Learned fusion weights (after their sigmoid): ");
            header.Append(
                string.Join(
                    ", ",
                    best.Fusion.OrderBy(p => p.Key, StringComparer.Ordinal)
                        .Select(p => Invariant($"{p.Key} {p.Value:F4}"))
                )
            );
            header.Append(".\n");
        }

        header.Append('\n');
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path + ".tmp", header + text, new UTF8Encoding(false));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private void Print(
        SearchSettings settings,
        ModelSpec model,
        List<TrialResult> results,
        TrialResult best,
        SearchMetric metric,
        string written,
        string folder
    )
    {
        if (settings.Json)
        {
            var json = new JsonObject
            {
                ["model"] = model.Name,
                ["metric"] = metric.Name,
                ["trials"] = new JsonArray(results.Select(r => (JsonNode)TrialJson(r, metric)).ToArray()),
                ["best"] = best.Number,
                ["bestSpec"] = written,
                ["folder"] = folder,
            };
            _console.Out.WriteLine(json.ToJsonString());
            return;
        }

        if (settings.Quiet)
        {
            return;
        }

        var table = new Table()
            .AddColumn("trial")
            .AddColumn("choices")
            .AddColumn(new TableColumn("epochs").RightAligned());
        table.AddColumn(new TableColumn(metric.Name).RightAligned());
        foreach (var result in results)
        {
            var mark = result.Number == best.Number ? " *" : string.Empty;
            table.AddRow(
                Markup.Escape(result.Number + mark),
                Markup.Escape(result.Description),
                result.Epochs.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(result.Metric is { } m ? Invariant($"{m:F4}") : "failed: " + result.Error)
            );
        }

        _console.Ansi.Write(table);
        _console.Ansi.WriteLine($"best: trial {best.Number} ({best.Description}); concrete spec written to {written}");
    }

    private static JsonObject TrialJson(TrialResult result, SearchMetric metric)
    {
        var choices = new JsonObject();
        foreach (var (path, value) in result.Values)
        {
            choices[path] = value;
        }

        var fusion = new JsonObject();
        foreach (var (name, value) in result.Fusion.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            fusion[name] = value;
        }

        return new JsonObject
        {
            ["trial"] = result.Number,
            ["choices"] = choices,
            ["epochs"] = result.Epochs,
            [metric.Name] = result.Metric is { } m && double.IsFinite(m) ? m : null,
            ["meanAuc"] = result.MeanAuc is { } a && double.IsFinite(a) ? a : null,
            ["fusion"] = fusion,
            ["folder"] = result.Folder,
            ["error"] = result.Error,
        };
    }

    private static string TrialLine(TrialResult result, SearchMetric metric) =>
        result.Metric is { } value
            ? $"trial {result.Number}: {result.Description}: validation {metric.Name} "
                + Invariant($"{value:F4} ({result.Epochs} epochs)")
            : $"trial {result.Number}: {result.Description}: failed: {result.Error}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Linq;
using M3oE.Dsl.Language.Diagnostics;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Language.Parsing;
using M3oE.Dsl.Language.Syntax;

namespace M3oE.Dsl.Language.Semantics;

internal sealed partial class ModelBinder
{
    private static readonly string[] StopMetrics = { "mean_auc", "mean_logloss", "mean_gauc", "loss" };

    private TrainSpec BindTrain(DataSpec data)
    {
        var syntax = Section<SettingsSectionSyntax>("train");
        var settings = syntax?.Lines.SelectMany(l => l.Settings) ?? Enumerable.Empty<OptionSyntax>();
        var options = new OptionReader(_context, settings, "train", Vocabulary.TrainSettings.ToList());

        var optimizer = options.Word("optimizer", new[] { "adam", "adamw", "sgd", "adagrad" }, "optimizer") ?? "adam";
        var lr = options.Double("lr", 1e-3, new NumberRange(0, 10, false, true), "train.lr");
        var weightDecay = options.Double("weight_decay", 0, NumberRange.NonNegative, "train.weight_decay");
        var batch = options.Int("batch", 1024, 1, 10_000_000, "train.batch");
        var epochs = options.Int("epochs", 10, 1, 100_000);
        var metric = options.Word("early_stop", StopMetrics, "early-stopping metric") ?? "mean_auc";
        var patience = options.Int("patience", 3, 1, 100_000);
        var usualMode = metric is "mean_auc" or "mean_gauc" ? "max" : "min";
        var modeWord = options.Word("mode", new[] { "max", "min" }, "early-stopping mode");
        if (modeWord is not null && modeWord != usualMode)
        {
            _context.Report(
                DiagnosticCatalog.EarlyStopModeMismatch,
                options.Get("mode")!.Args[0].Span,
                metric,
                modeWord,
                usualMode
            );
        }

        if (metric == "mean_gauc")
        {
            RequireGroup(options.Get("early_stop")!.Args[0].Span);
        }

        var seed = options.Int("seed", 42, 0);
        var split = BindSplit(options);
        var schedule = BindSchedule(options);
        double? clip = options.Has("clip") ? options.Double("clip", 1, NumberRange.Positive) : null;
        int? threads = options.Has("threads") ? options.Int("threads", 1, 1, 1024) : null;

        var mode = (modeWord ?? usualMode) == "max" ? EarlyStopMode.Max : EarlyStopMode.Min;
        return new TrainSpec(
            optimizer,
            lr,
            weightDecay,
            batch,
            epochs,
            metric,
            patience,
            mode,
            seed,
            split,
            schedule,
            clip,
            threads
        );
    }

    private SplitSpec BindSplit(OptionReader options)
    {
        var fallback = new SplitSpec(SplitKind.Random, 0.8, 0.1, 0.1, null);
        var args = options.Args("split");
        if (!options.Has("split"))
        {
            return fallback;
        }

        var span = options.Get("split")!.Key.Span;
        if (args.Count == 2 && args[0] is WordArgSyntax { Word.Text: "by" } && args[1] is WordArgSyntax column)
        {
            if (!_columns.ContainsKey(column.Word.Text))
            {
                _context.Report(DiagnosticCatalog.UnknownColumn, column.Span, column.Word.Text);
            }

            return new SplitSpec(SplitKind.ByColumn, 0, 0, 0, column.Word.Text);
        }

        if (
            args.Count == 4
            && args[0] is WordArgSyntax { Word.Text: "random" or "sequential" } kind
            && args.Skip(1).All(a => a is ValueArgSyntax { Value.IsSpace: false })
        )
        {
            var ratios = args.Skip(1).Cast<ValueArgSyntax>().Select(a => a.Value.First).ToList();
            if (!ratios.All(r => _context.CheckRange("A split ratio", r, NumberRange.Unit)))
            {
                return fallback;
            }

            var sum = ratios.Sum(r => r.Value);
            if (System.Math.Abs(sum - 1) > 1e-9)
            {
                _context.Report(DiagnosticCatalog.SplitRatios, args[1].Span, BindingContext.Format(sum));
                return fallback;
            }

            var empty = ratios.Take(2).FirstOrDefault(r => r.Value <= 0);
            if (empty is not null)
            {
                _context.Report(
                    DiagnosticCatalog.OutOfRange,
                    empty.Span,
                    "The training and validation ratios",
                    "greater than 0",
                    empty.Text
                );
                return fallback;
            }

            var splitKind = kind.Word.Text == "random" ? SplitKind.Random : SplitKind.Sequential;
            return new SplitSpec(splitKind, ratios[0].Value, ratios[1].Value, ratios[2].Value, null);
        }

        _context.Report(
            DiagnosticCatalog.BadArguments,
            span,
            "split",
            "takes 'random TRAIN VALID TEST', 'sequential TRAIN VALID TEST' or 'by COLUMN'"
        );
        return fallback;
    }

    private ScheduleSpec BindSchedule(OptionReader options)
    {
        var fallback = new ScheduleSpec(ScheduleKind.Constant, 0, 1);
        if (!options.Has("schedule"))
        {
            return fallback;
        }

        var args = options.Args("schedule");
        switch (args)
        {
            case [WordArgSyntax { Word.Text: "constant" }]:
                return fallback;
            case [WordArgSyntax { Word.Text: "cosine" }]:
                return new ScheduleSpec(ScheduleKind.Cosine, 0, 0);
            case [WordArgSyntax { Word.Text: "step" }, ValueArgSyntax every, ValueArgSyntax gamma]
                when !every.Value.IsSpace && !gamma.Value.IsSpace:
                var ok = _context.CheckInt("The step interval", every.Value.First, 1, 100_000, out var interval);
                ok &= _context.CheckRange("The step factor", gamma.Value.First, new NumberRange(0, 1, false, true));
                return ok ? new ScheduleSpec(ScheduleKind.Step, interval, gamma.Value.First.Value) : fallback;
            default:
                _context.Report(
                    DiagnosticCatalog.BadArguments,
                    options.Get("schedule")!.Key.Span,
                    "schedule",
                    "takes 'constant', 'cosine' or 'step EPOCHS FACTOR'"
                );
                return fallback;
        }
    }

    private SearchSpec? BindSearch(FusionSpec? fusion)
    {
        var syntax = Section<SettingsSectionSyntax>("search");
        if (syntax is null)
        {
            return null;
        }

        var settings = syntax.Lines.SelectMany(l => l.Settings);
        var options = new OptionReader(_context, settings, "search", Vocabulary.SearchSettings.ToList());
        var arch = options.Word("arch", new[] { "adam", "sgd" }, "architecture optimizer") ?? "adam";
        var lr = options.Double("lr", 1e-3, new NumberRange(0, 10, false, true));
        var weightDecay = options.Double("weight_decay", 1e-5, NumberRange.NonNegative);
        var every = BindStep(options);
        var source =
            options.Word("on", new[] { "validation", "train" }, "architecture data source") == "train"
                ? ArchStepSource.Train
                : ArchStepSource.Validation;
        options.Flag("first_order");
        var quirk = options.Flag("arch_in_weight_optimizer");
        var hyper = options.Word("hyper", new[] { "grid", "random", "halving" }, "hyperparameter strategy") switch
        {
            "random" => HyperStrategy.Random,
            "halving" => HyperStrategy.Halving,
            _ => HyperStrategy.Grid,
        };
        var trials = options.Int("trials", 8, 1, 100_000);
        var metric = options.Word("metric", StopMetrics, "selection metric") ?? "mean_auc";

        var learned =
            fusion is not null
            && new[] { fusion.Level1Domain, fusion.Level1Task, fusion.Level2Domain, fusion.Level2Task }.Any(w =>
                w is { Mode: FusionMode.Learned }
            );
        if (!learned && _context.Spaces.Count == 0)
        {
            _context.Report(DiagnosticCatalog.SearchWithoutArchitecture, syntax.Keyword.Span);
        }

        return new SearchSpec(arch, lr, weightDecay, every, source, true, quirk, hyper, trials, metric);
    }

    /// <summary><c>step every epoch</c> (0) or <c>step every N steps</c> (N).</summary>
    private int BindStep(OptionReader options)
    {
        if (!options.Has("step"))
        {
            return 0;
        }

        var args = options.Args("step");
        switch (args)
        {
            case [WordArgSyntax { Word.Text: "every" }, WordArgSyntax { Word.Text: "epoch" }]:
                return 0;
            case [
                WordArgSyntax { Word.Text: "every" },
                ValueArgSyntax count,
                WordArgSyntax { Word.Text: "steps" or "step" },
            ] when !count.Value.IsSpace:
                return _context.CheckInt(
                    "The architecture step interval",
                    count.Value.First,
                    1,
                    10_000_000,
                    out var steps
                )
                    ? steps
                    : 0;
            default:
                _context.Report(
                    DiagnosticCatalog.BadArguments,
                    options.Get("step")!.Key.Span,
                    "step",
                    "takes 'every epoch' or 'every N steps'"
                );
                return 0;
        }
    }
}

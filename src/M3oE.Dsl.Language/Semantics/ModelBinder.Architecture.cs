using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Language.Collections;
using M3oE.Dsl.Language.Diagnostics;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Language.Syntax;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Semantics;

internal sealed partial class ModelBinder
{
    private static readonly string[] LayerWords =
    {
        "layernorm",
        "batchnorm",
        "relu",
        "gelu",
        "tanh",
        "sigmoid",
        "leaky_relu",
        "dropout",
    };

    private RepresentationSpec BindRepresentation()
    {
        var syntax = Section<RepresentationSyntax>("representation");
        if (syntax is null)
        {
            return new RepresentationSpec(RepresentationKind.None, null, false, false);
        }

        var kind = syntax.Kind.Text switch
        {
            "none" => RepresentationKind.None,
            "mlp" => RepresentationKind.Mlp,
            "star" => RepresentationKind.Star,
            _ => (RepresentationKind?)null,
        };
        if (kind is null)
        {
            _context.Report(
                DiagnosticCatalog.UnknownWord,
                syntax.Kind.Span,
                syntax.Kind.Text,
                "representation",
                "none, mlp, star"
            );
            return new RepresentationSpec(RepresentationKind.None, null, false, false);
        }

        if (kind == RepresentationKind.None)
        {
            if (syntax.Body.Widths.Count > 0 || syntax.Body.Options.Count > 0)
            {
                _context.Report(
                    DiagnosticCatalog.BadArguments,
                    syntax.Kind.Span,
                    "representation none",
                    "takes no layers or options"
                );
            }

            return new RepresentationSpec(RepresentationKind.None, null, false, false);
        }

        var extra = kind == RepresentationKind.Star ? new[] { "skip", "partitioned_norm" } : new string[0];
        var network = BindNetwork(
            syntax.Body,
            "representation " + syntax.Kind.Text,
            "representation",
            extra,
            requireWidths: true,
            out var options
        );
        var skip = options.Flag("skip");
        var partitioned = options.Flag("partitioned_norm");
        if (kind == RepresentationKind.Star && network.Widths.Count > 2)
        {
            _context.Report(
                DiagnosticCatalog.BadArguments,
                syntax.Body.Widths[2].Span,
                "representation star",
                "takes one or two widths: the star layer's, then the MLP's"
            );
        }

        if (kind == RepresentationKind.Star && _domains.Count == 1)
        {
            _context.Report(DiagnosticCatalog.PerDomainWithOneDomain, syntax.Kind.Span, "The star representation");
        }

        return new RepresentationSpec(kind.Value, network, skip, partitioned);
    }

    private ExpertsSpec? BindExperts()
    {
        var syntax = Section<ExpertsSyntax>("experts");
        if (syntax is null)
        {
            return null;
        }

        int shared = 0,
            domain = 0,
            task = 0,
            levels = 1;
        NetworkSpec? network = null;
        var seen = new Dictionary<string, ExpertsEntrySyntax>();
        var unknownEntries = false;
        foreach (var entry in syntax.Entries)
        {
            var kind = entry.Kind.Text;
            if (!BindingContext.IsOneOf(kind, "shared", "domain", "task", "network", "levels"))
            {
                unknownEntries = true;
                _context.Report(
                    DiagnosticCatalog.UnknownWord,
                    entry.Kind.Span,
                    kind,
                    "experts entry",
                    "shared, domain, task, network, levels"
                );
                continue;
            }

            if (seen.TryGetValue(kind, out var first))
            {
                _context.Report(
                    DiagnosticCatalog.DuplicateOption,
                    entry.Kind.Span,
                    kind,
                    _context.Line(first.Kind.Span)
                );
                continue;
            }

            seen[kind] = entry;
            switch (kind)
            {
                case "network":
                    network = BindNetwork(
                        entry.Body,
                        "the expert network",
                        "experts.network",
                        new string[0],
                        requireWidths: true,
                        out _
                    );
                    break;
                case "levels":
                    levels = BindSingleWidth(entry, "levels", 1, 16);
                    break;
                default:
                    var count = BindPool(entry, kind);
                    if (kind == "shared")
                    {
                        shared = count;
                    }
                    else if (kind == "domain")
                    {
                        domain = count;
                    }
                    else
                    {
                        task = count;
                    }

                    break;
            }
        }

        if (shared + domain + task == 0 && !unknownEntries && seen.Keys.All(k => k is "network" or "levels"))
        {
            _context.Report(DiagnosticCatalog.ExpertsWithoutPools, syntax.Keyword.Span);
        }

        if (network is null)
        {
            _context.Report(DiagnosticCatalog.ExpertsWithoutNetwork, syntax.Keyword.Span);
            network = new NetworkSpec(new[] { 64 }.ToEquatableArray(), LayerNorm.None, Activation.Relu, 0);
        }

        return new ExpertsSpec(shared, domain, task, network, levels);
    }

    private int BindPool(ExpertsEntrySyntax entry, string kind)
    {
        if (entry.Body.Widths.Count > 0)
        {
            _context.Report(
                DiagnosticCatalog.BadArguments,
                entry.Body.Widths[0].Span,
                kind,
                "takes 'count N'" + (kind == "shared" ? string.Empty : " and 'each'")
            );
        }

        var allowed = kind == "shared" ? new[] { "count" } : new[] { "count", "each" };
        var options = new OptionReader(_context, entry.Body.Options, "the " + kind + " pool", allowed);
        options.Flag("each");
        if (!options.Has("count"))
        {
            if (entry.Body.Widths.Count == 0)
            {
                _context.Report(DiagnosticCatalog.BadArguments, entry.Kind.Span, kind, "needs 'count N'");
            }

            return 1;
        }

        return options.Int("count", 1, 1, 256, "experts." + kind + ".count");
    }

    private int BindSingleWidth(ExpertsEntrySyntax entry, string what, int min, int max)
    {
        new OptionReader(_context, entry.Body.Options, what, new string[0]);
        if (entry.Body.Widths.Count != 1 || entry.Body.Widths[0].IsSpace)
        {
            _context.Report(DiagnosticCatalog.BadArguments, entry.Kind.Span, what, "takes one whole number");
            return min;
        }

        return _context.CheckInt("'" + what + "'", entry.Body.Widths[0].First, min, max, out var value) ? value : min;
    }

    private GateSpec? BindGates(ExpertsSpec? experts)
    {
        var syntax = Section<GatesSyntax>("gates");
        if (syntax is null)
        {
            if (experts is { SharedCount: > 1 })
            {
                Section<ExpertsSyntax>("experts");
                _context.Report(
                    DiagnosticCatalog.SharedPoolNeedsGates,
                    _sections["experts"].Syntax.Keyword.Span,
                    experts.SharedCount
                );
            }

            return null;
        }

        if (experts is null || experts.SharedCount == 0)
        {
            _context.Report(DiagnosticCatalog.GatesWithoutSharedPool, syntax.Keyword.Span);
        }

        var placement = BindPlacement(syntax.Placement, "The gate", CellPlacement.DomainTask);
        var options = new OptionReader(
            _context,
            syntax.Options,
            "gates",
            new[] { "on", "over", "detached", "temperature" }
        );
        var input =
            options.Word("on", new[] { "representation", "input" }, "gate input") == "input"
                ? GateInput.Input
                : GateInput.Representation;
        var over = options.Words("over", new[] { "shared", "domain", "task" }, "expert pool")
            ?? new List<string> { "shared" };
        if (experts is not null)
        {
            foreach (var pool in over)
            {
                var count = pool switch
                {
                    "shared" => experts.SharedCount,
                    "domain" => experts.DomainCount,
                    _ => experts.TaskCount,
                };
                if (count == 0 && pool != "shared")
                {
                    _context.Report(
                        DiagnosticCatalog.BadArguments,
                        options.Get("over")!.Key.Span,
                        "over",
                        "names the " + pool + " pool, which the experts section does not declare"
                    );
                }
            }
        }

        var detached = options.Flag("detached");
        var temperature = options.Double("temperature", 1, NumberRange.Positive, "gates.temperature");
        return new GateSpec(placement, input, over.ToEquatableArray(), detached, temperature);
    }

    private FusionSpec? BindFusion(ExpertsSpec? experts, GateSpec? gates)
    {
        // a pool that the gates mix (as in PLE) joins through the gates, not through fusion
        var syntax = Section<FusionSyntax>("fusion");
        var hasDomain = experts is { DomainCount: > 0 } && !(gates?.Over.Contains("domain") ?? false);
        var hasTask = experts is { TaskCount: > 0 } && !(gates?.Over.Contains("task") ?? false);
        if (syntax is null)
        {
            if (hasDomain || hasTask)
            {
                Section<ExpertsSyntax>("experts");
                _context.Report(
                    DiagnosticCatalog.PoolWithoutFusion,
                    _sections["experts"].Syntax.Keyword.Span,
                    hasDomain ? "domain" : "task"
                );
            }

            return null;
        }

        if (!hasDomain && !hasTask)
        {
            _context.Report(DiagnosticCatalog.FusionWithoutExperts, syntax.Keyword.Span);
            return null;
        }

        FusionWeightSpec? level1Domain = null,
            level1Task = null,
            level2Domain = null,
            level2Task = null;
        FusionEntrySyntax? level2Structural = null;
        var level2Mode = FusionMode.Learned;
        var seen = new Dictionary<string, FusionEntrySyntax>();
        var rejected = false;
        foreach (var entry in syntax.Entries)
        {
            if (!_context.CheckInt("The fusion level", entry.Level, 1, 2, out var level))
            {
                rejected = true;
                continue;
            }

            var module = entry.Module?.Text;
            var key = level + ":" + (module ?? "*");
            if (seen.TryGetValue(key, out var first))
            {
                _context.Report(
                    DiagnosticCatalog.DuplicateOption,
                    entry.Level.Span,
                    "level " + level + (module is null ? string.Empty : " " + module),
                    _context.Line(first.Level.Span)
                );
                continue;
            }

            seen[key] = entry;
            var weight = BindFusionWeight(entry, level, module);
            if (weight is null)
            {
                rejected = true;
                continue;
            }

            if (module is not null && !(module == "domain" ? hasDomain : hasTask))
            {
                _context.Report(DiagnosticCatalog.FusionWithoutPool, entry.Module!.Span, level, module);
                continue;
            }

            if (module == "domain" && level == 1 && _domains.Count == 1)
            {
                _context.Report(
                    DiagnosticCatalog.PerDomainWithOneDomain,
                    entry.Module!.Span,
                    "The level 1 domain fusion"
                );
            }

            switch (level, module)
            {
                case (1, "domain"):
                    level1Domain = weight;
                    break;
                case (1, _):
                    level1Task = weight;
                    break;
                case (2, "domain"):
                    level2Domain = weight;
                    break;
                case (2, "task"):
                    level2Task = weight;
                    break;
                default:
                    level2Structural = entry;
                    level2Mode = weight.Mode;
                    break;
            }
        }

        if (level2Structural is not null && (level2Domain is not null || level2Task is not null))
        {
            var weighted = seen.TryGetValue("2:domain", out var d) ? d : seen["2:task"];
            _context.Report(
                DiagnosticCatalog.FusionLevelConflict,
                weighted.Level.Span,
                "Level 2 is '"
                    + level2Mode.ToString().ToLowerInvariant()
                    + "' on line "
                    + _context.Line(level2Structural.Level.Span)
                    + ", so it has no per-module weights; remove this entry or the 'level 2 "
                    + level2Mode.ToString().ToLowerInvariant()
                    + "' entry"
            );
        }

        // an entry rejected above was most likely meant to be the missing one
        if (rejected)
        {
            return new FusionSpec(level1Domain, level1Task, level2Mode, level2Domain, level2Task);
        }

        RequireFusionEntry(syntax, hasDomain, "domain", 1, level1Domain is not null);
        RequireFusionEntry(syntax, hasTask, "task", 1, level1Task is not null);
        RequireFusionEntry(syntax, hasDomain, "domain", 2, level2Domain is not null || level2Structural is not null);
        RequireFusionEntry(syntax, hasTask, "task", 2, level2Task is not null || level2Structural is not null);

        return new FusionSpec(level1Domain, level1Task, level2Mode, level2Domain, level2Task);
    }

    private void RequireFusionEntry(FusionSyntax syntax, bool poolExists, string pool, int level, bool present)
    {
        if (poolExists && !present)
        {
            _context.Report(DiagnosticCatalog.MissingFusionEntry, syntax.Keyword.Span, pool, level);
        }
    }

    private FusionWeightSpec? BindFusionWeight(FusionEntrySyntax entry, int level, string? module)
    {
        var options = new OptionReader(
            _context,
            entry.Options,
            "a fusion entry",
            new[] { "learned", "init", "fixed", "concat", "gate" }
        );
        var modes = new[] { "learned", "fixed", "concat", "gate" }.Where(options.Has).ToList();
        if (modes.Count != 1)
        {
            var span = modes.Count > 1 ? options.Get(modes[1])!.Key.Span : entry.Level.Span;
            _context.Report(
                DiagnosticCatalog.FusionLevelConflict,
                span,
                "A fusion entry takes exactly one mode: learned, fixed, concat or gate"
            );
            return null;
        }

        var mode = modes[0];
        if (options.Has("init") && mode != "learned")
        {
            _context.Report(
                DiagnosticCatalog.BadArguments,
                options.Get("init")!.Key.Span,
                "init",
                "applies only to 'learned'"
            );
        }

        if (level == 1 && module is null)
        {
            _context.Report(
                DiagnosticCatalog.FusionLevelConflict,
                entry.Level.Span,
                "Level 1 fuses one module at a time; write 'level 1 domain " + mode + "' or 'level 1 task " + mode + "'"
            );
            return null;
        }

        if (level == 2 && module is null && mode is "learned" or "fixed")
        {
            _context.Report(
                DiagnosticCatalog.FusionLevelConflict,
                entry.Level.Span,
                "Level 2 weights belong to a module; write 'level 2 domain "
                    + mode
                    + "' and 'level 2 task "
                    + mode
                    + "'"
            );
            return null;
        }

        if (level == 2 && module is not null && mode is "concat" or "gate")
        {
            _context.Report(
                DiagnosticCatalog.FusionLevelConflict,
                entry.Module!.Span,
                "At level 2, " + mode + " joins all modules at once; write 'level 2 " + mode + "' without a module"
            );
            return null;
        }

        switch (mode)
        {
            case "learned":
                options.Flag("learned");
                return new FusionWeightSpec(FusionMode.Learned, options.Double("init", 1, NumberRange.Any));
            case "fixed":
                return new FusionWeightSpec(FusionMode.Fixed, options.Double("fixed", 0.5, NumberRange.Unit));
            case "concat":
                options.Flag("concat");
                return new FusionWeightSpec(FusionMode.Concat, 0);
            default:
                options.Flag("gate");
                return new FusionWeightSpec(FusionMode.Gate, 0);
        }
    }

    private TowerSpec BindTowers()
    {
        var syntax = Section<TowersSyntax>("towers");
        if (syntax is null)
        {
            ReportMissing("towers", "add for example 'towers per (domain, task) 64 layernorm relu'");
            return new TowerSpec(
                CellPlacement.DomainTask,
                new NetworkSpec(EquatableArray<int>.Empty, LayerNorm.None, Activation.Relu, 0)
            );
        }

        var placement = BindPlacement(syntax.Placement, "The tower", CellPlacement.DomainTask);
        if (placement == CellPlacement.Shared)
        {
            _context.Report(DiagnosticCatalog.BadPlacement, syntax.Placement.Span, "per shared");
        }

        var network = BindNetwork(syntax.Network, "towers", "towers", new string[0], requireWidths: false, out _);
        return new TowerSpec(placement, network);
    }

    private NetworkSpec? BindAuxiliary()
    {
        var syntax = Section<AuxiliarySyntax>("auxiliary");
        return syntax is null
            ? null
            : BindNetwork(syntax.Network, "auxiliary", "auxiliary", new string[0], requireWidths: true, out _);
    }

    private LossSpec BindLoss()
    {
        var syntax = Section<LossSyntax>("loss");
        if (syntax is null)
        {
            return new LossSpec("bce", LossReduction.SumOverCells);
        }

        if (syntax.Kind.Text != "bce")
        {
            _context.Report(DiagnosticCatalog.UnknownWord, syntax.Kind.Span, syntax.Kind.Text, "loss", "bce");
        }

        switch (syntax.Reduction.Text)
        {
            case "sum":
                var over = syntax.Over is null ? null : ReadPlacement(syntax.Over);
                if (syntax.Over is not null && over != CellPlacement.DomainTask)
                {
                    _context.Report(
                        DiagnosticCatalog.BadArguments,
                        syntax.Over.Span,
                        "sum",
                        "is taken over (domain, task) cells"
                    );
                }

                return new LossSpec("bce", LossReduction.SumOverCells);
            case "mean":
                if (syntax.Over is not null)
                {
                    _context.Report(
                        DiagnosticCatalog.BadArguments,
                        syntax.Over.Span,
                        "mean",
                        "averages over all outputs and takes no 'over'"
                    );
                }

                return new LossSpec("bce", LossReduction.Mean);
            default:
                _context.Report(
                    DiagnosticCatalog.UnknownWord,
                    syntax.Reduction.Span,
                    syntax.Reduction.Text,
                    "loss reduction",
                    "sum, mean"
                );
                return new LossSpec("bce", LossReduction.SumOverCells);
        }
    }

    private NetworkSpec BindNetwork(
        NetworkSyntax syntax,
        string owner,
        string path,
        IReadOnlyCollection<string> extra,
        bool requireWidths,
        out OptionReader options
    )
    {
        options = new OptionReader(_context, syntax.Options, owner, LayerWords.Concat(extra).ToList());
        var widths = new List<int>();
        for (var i = 0; i < syntax.Widths.Count; i++)
        {
            var value = syntax.Widths[i];
            var ok = true;
            foreach (var choice in value.Choices)
            {
                ok &= _context.CheckInt("A layer width", choice, 1, 1 << 20, out _);
            }

            if (ok)
            {
                widths.Add((int)value.First.Value);
                _context.RecordSpace(path + ".widths[" + i + "]", value);
            }
        }

        if (requireWidths && syntax.Widths.Count == 0)
        {
            _context.Report(
                DiagnosticCatalog.BadArguments,
                syntax.Span.Length > 0 ? syntax.Span : new TextSpan(syntax.Span.Start, 0),
                owner,
                "needs layer widths, for example '256 -> 64'"
            );
        }

        var norm = LayerNorm.None;
        if (options.Flag("layernorm"))
        {
            norm = LayerNorm.LayerNorm;
        }

        if (options.Flag("batchnorm"))
        {
            if (norm != LayerNorm.None)
            {
                _context.Report(
                    DiagnosticCatalog.BadArguments,
                    options.Get("batchnorm")!.Key.Span,
                    "batchnorm",
                    "conflicts with 'layernorm'; choose one"
                );
            }

            norm = LayerNorm.BatchNorm;
        }

        var activations = new[] { "relu", "gelu", "tanh", "sigmoid", "leaky_relu" }.Where(options.Flag).ToList();
        if (activations.Count > 1)
        {
            _context.Report(
                DiagnosticCatalog.BadArguments,
                options.Get(activations[1])!.Key.Span,
                activations[1],
                "conflicts with '" + activations[0] + "'; give one activation"
            );
        }

        var activation =
            activations.Count == 0
                ? Activation.None
                : activations[0] switch
                {
                    "relu" => Activation.Relu,
                    "gelu" => Activation.Gelu,
                    "tanh" => Activation.Tanh,
                    "sigmoid" => Activation.Sigmoid,
                    _ => Activation.LeakyRelu,
                };
        var dropout = options.Double("dropout", 0, NumberRange.UnitOpenTop, path + ".dropout");
        return new NetworkSpec(widths.ToEquatableArray(), norm, activation, dropout);
    }
}

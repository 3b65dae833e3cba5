using System;
using System.Collections.Generic;

namespace M3oE.Dsl.Generator.Declarations;

internal sealed partial class SpecWriter
{
    private static readonly Dictionary<string, OptionForm> SparseOptions = Table(
        ("Header", new OptionForm("header", ValueForm.String)),
        ("Dim", new OptionForm("dim", ValueForm.Number)),
        ("Vocab", new OptionForm("vocab", ValueForm.Number)),
        ("MinCount", new OptionForm("min_count", ValueForm.Number)),
        ("Hash", new OptionForm("hash", ValueForm.Number)),
        ("Table", new OptionForm("table", ValueForm.Name)),
        ("Type", new OptionForm(string.Empty, ValueForm.Word))
    );

    private static readonly Dictionary<string, OptionForm> DenseOptions = Table(
        ("Header", new OptionForm("header", ValueForm.String)),
        ("Normalize", new OptionForm("normalize", ValueForm.Word)),
        ("Fill", new OptionForm("fill", ValueForm.Number)),
        ("Type", new OptionForm(string.Empty, ValueForm.Word))
    );

    private static readonly Dictionary<string, OptionForm> BucketOptions = Table(
        ("Boundaries", new OptionForm("boundaries", ValueForm.Numbers)),
        ("Quantiles", new OptionForm("quantiles", ValueForm.Number)),
        ("Dim", new OptionForm("dim", ValueForm.Number))
    );

    private static readonly Dictionary<string, OptionForm> SequenceOptions = Table(
        ("Header", new OptionForm("header", ValueForm.String)),
        ("Dim", new OptionForm("dim", ValueForm.Number)),
        ("Vocab", new OptionForm("vocab", ValueForm.Number)),
        ("MinCount", new OptionForm("min_count", ValueForm.Number)),
        ("Hash", new OptionForm("hash", ValueForm.Number)),
        ("Table", new OptionForm("table", ValueForm.Name)),
        ("Separator", new OptionForm("separator", ValueForm.String)),
        ("MaxLength", new OptionForm("max_length", ValueForm.Number)),
        ("Pool", new OptionForm("pool", ValueForm.Word))
    );

    private static readonly Dictionary<string, OptionForm> ColumnOptions = Table(
        ("Header", new OptionForm("header", ValueForm.String)),
        ("Type", new OptionForm(string.Empty, ValueForm.Word))
    );

    private static readonly Dictionary<string, OptionForm> DataSettings = Table(
        ("EmbeddingDim", new OptionForm("embedding dim", ValueForm.Number)),
        ("Group", new OptionForm("group", ValueForm.Name)),
        ("BadRows", new OptionForm("bad_rows", ValueForm.Word))
    );

    private static readonly Dictionary<string, OptionForm> TaskOptions = Table(
        ("Weight", new OptionForm("weight", ValueForm.Number)),
        ("Metrics", new OptionForm("metrics", ValueForm.Words)),
        ("Kind", new OptionForm("kind", ValueForm.Word))
    );

    private static readonly Dictionary<string, OptionForm> RepresentationOptions = Table(
        ("Skip", new OptionForm("skip", ValueForm.Flag)),
        ("PartitionedNorm", new OptionForm("partitioned_norm", ValueForm.Flag))
    );

    private static readonly Dictionary<string, OptionForm> ExpertsSettings = Table(
        ("Shared", new OptionForm("shared count", ValueForm.Number)),
        ("Domain", new OptionForm("domain count", ValueForm.Number, "each")),
        ("Task", new OptionForm("task count", ValueForm.Number, "each")),
        ("Network", new OptionForm("network", ValueForm.Text)),
        ("Levels", new OptionForm("levels", ValueForm.Number))
    );

    private static readonly Dictionary<string, OptionForm> GateOptions = Table(
        ("On", new OptionForm("on", ValueForm.Word)),
        ("Over", new OptionForm("over", ValueForm.Words)),
        ("Detached", new OptionForm("detached", ValueForm.Flag)),
        ("Temperature", new OptionForm("temperature", ValueForm.Number))
    );

    private static readonly Dictionary<string, OptionForm> FusionOptions = Table(
        ("Init", new OptionForm("init", ValueForm.Number))
    );

    private static readonly Dictionary<string, OptionForm> TrainSettings = Table(
        ("Optimizer", new OptionForm("optimizer", ValueForm.Word)),
        ("LearningRate", new OptionForm("lr", ValueForm.Number)),
        ("WeightDecay", new OptionForm("weight_decay", ValueForm.Number)),
        ("Batch", new OptionForm("batch", ValueForm.Number)),
        ("Epochs", new OptionForm("epochs", ValueForm.Number)),
        ("EarlyStop", new OptionForm("early_stop", ValueForm.Word)),
        ("Patience", new OptionForm("patience", ValueForm.Number)),
        ("Mode", new OptionForm("mode", ValueForm.Word)),
        ("Seed", new OptionForm("seed", ValueForm.Number)),
        ("Split", new OptionForm("split", ValueForm.Text)),
        ("Schedule", new OptionForm("schedule", ValueForm.Text)),
        ("Clip", new OptionForm("clip", ValueForm.Number)),
        ("Threads", new OptionForm("threads", ValueForm.Number))
    );

    private static readonly Dictionary<string, OptionForm> SearchSettings = Table(
        ("Arch", new OptionForm("arch", ValueForm.Word)),
        ("LearningRate", new OptionForm("lr", ValueForm.Number)),
        ("WeightDecay", new OptionForm("weight_decay", ValueForm.Number)),
        ("Step", new OptionForm("step", ValueForm.Text)),
        ("On", new OptionForm("on", ValueForm.Word)),
        ("FirstOrder", new OptionForm("first_order", ValueForm.Flag)),
        ("ArchInWeightOptimizer", new OptionForm("arch_in_weight_optimizer", ValueForm.Flag)),
        ("Hyper", new OptionForm("hyper", ValueForm.Word)),
        ("Trials", new OptionForm("trials", ValueForm.Number)),
        ("Metric", new OptionForm("metric", ValueForm.Word))
    );

    private static Dictionary<string, OptionForm> Table(params (string Argument, OptionForm Form)[] entries)
    {
        var table = new Dictionary<string, OptionForm>(StringComparer.Ordinal);
        foreach (var (argument, form) in entries)
        {
            table[argument] = form;
        }

        return table;
    }
}

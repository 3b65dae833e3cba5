using System;
using System.Collections.Generic;

namespace M3oE.Dsl.Language.Parsing;

/// <summary>
/// The words of the language, grouped by where they may stand. The grammar uses them to tell an option
/// from its arguments; the checker uses them to say what was expected.
/// </summary>
public static class Vocabulary
{
    public static readonly IReadOnlyList<string> BlockDeclarations = new[]
    {
        "data",
        "domains",
        "tasks",
        "experts",
        "fusion",
        "train",
        "search",
    };

    public static readonly IReadOnlyList<string> LineDeclarations = new[]
    {
        "representation",
        "gates",
        "towers",
        "auxiliary",
        "loss",
    };

    public static readonly IReadOnlyList<string> Declarations = new[]
    {
        "data",
        "domains",
        "tasks",
        "representation",
        "experts",
        "gates",
        "fusion",
        "towers",
        "auxiliary",
        "loss",
        "train",
        "search",
    };

    public static readonly IReadOnlyList<string> DataKinds = new[]
    {
        "sparse",
        "dense",
        "bucket",
        "sequence",
        "column",
        "group",
        "embedding",
        "bad_rows",
    };

    public static readonly IReadOnlyCollection<string> DataOptions = Set(
        "dim",
        "vocab",
        "min_count",
        "hash",
        "table",
        "normalize",
        "fill",
        "boundaries",
        "quantiles",
        "separator",
        "max_length",
        "pool",
        "header",
        "int",
        "float",
        "string"
    );

    public static readonly IReadOnlyCollection<string> TaskOptions = Set("weight", "metrics", "kind");

    public static readonly IReadOnlyCollection<string> LayerOptions = Set(
        "layernorm",
        "batchnorm",
        "relu",
        "gelu",
        "tanh",
        "sigmoid",
        "leaky_relu",
        "dropout",
        "skip",
        "partitioned_norm",
        "count",
        "each"
    );

    public static readonly IReadOnlyCollection<string> GateOptions = Set("on", "over", "detached", "temperature");

    public static readonly IReadOnlyCollection<string> FusionOptions = Set(
        "learned",
        "init",
        "fixed",
        "concat",
        "gate"
    );

    public static readonly IReadOnlyCollection<string> TrainSettings = Set(
        "optimizer",
        "lr",
        "weight_decay",
        "batch",
        "epochs",
        "early_stop",
        "patience",
        "mode",
        "seed",
        "split",
        "schedule",
        "clip",
        "threads"
    );

    public static readonly IReadOnlyCollection<string> SearchSettings = Set(
        "arch",
        "lr",
        "weight_decay",
        "step",
        "on",
        "first_order",
        "arch_in_weight_optimizer",
        "hyper",
        "trials",
        "metric"
    );

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>What a model is in an experiment's comparison.</summary>
internal enum ModelRole
{
    /// <summary>The model every other one is compared with (exactly one per experiment).</summary>
    Reference,

    /// <summary>A variant of the reference with one part removed or replaced.</summary>
    Ablation,

    /// <summary>A competing model.</summary>
    Baseline,
}

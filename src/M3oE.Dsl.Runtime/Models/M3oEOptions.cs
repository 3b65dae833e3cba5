using System.Collections.Generic;
using M3oE.Dsl.Runtime.Modules;

namespace M3oE.Dsl.Runtime.Models;

/// <summary>
/// The configuration of an M3oE model. Defaults follow the reference implementation: H1 = 512, H2 = 256,
/// E = 64, gates fed with a detached h, learned fusion scalars starting at raw value 1.0.
/// </summary>
public sealed record M3oEOptions
{
    /// <summary>The number of domains D.</summary>
    public required int Domains { get; init; }

    /// <summary>The number of tasks T.</summary>
    public required int Tasks { get; init; }

    /// <summary>The input layer.</summary>
    public required InputOptions Input { get; init; }

    /// <summary>The star layer width H1.</summary>
    public int Hidden1 { get; init; } = 512;

    /// <summary>The representation width H2.</summary>
    public int Hidden2 { get; init; } = 256;

    /// <summary>True to add the skip branch MLP(e) to the representation.</summary>
    public bool SkipBranch { get; init; } = true;

    /// <summary>The normalisation of the representation MLPs.</summary>
    public Normalization RepresentationNorm { get; init; } = Normalization.LayerNorm;

    /// <summary>The activation of the representation MLPs.</summary>
    public Activation RepresentationAct { get; init; } = Activation.Relu;

    /// <summary>The number of shared experts N.</summary>
    public int SharedExperts { get; init; } = 4;

    /// <summary>The layers of every expert; the last width is E. Reference: one layer of 64, LayerNorm, ReLU.</summary>
    public MlpOptions Expert { get; init; } = new(new[] { 64 });

    /// <summary>True when one expert per domain exists.</summary>
    public bool DomainExperts { get; init; } = true;

    /// <summary>True when one expert per task exists.</summary>
    public bool TaskExperts { get; init; } = true;

    /// <summary>The gates over the shared experts.</summary>
    public GateOptions Gate { get; init; } = new(1.0, DetachInput: true);

    /// <summary>Fusion level 1 of the domain pool (beta_D).</summary>
    public FusionOptions DomainFusion { get; init; } = FusionOptions.Learned;

    /// <summary>Fusion level 1 of the task pool (beta_T).</summary>
    public FusionOptions TaskFusion { get; init; } = FusionOptions.Learned;

    /// <summary>Fusion level 2 (alpha_D and alpha_T).</summary>
    public FusionOptions ModuleFusion { get; init; } = FusionOptions.Learned;

    /// <summary>The hidden layers of every tower before its output logit; null means one layer of width E,
    /// LayerNorm, ReLU as in the reference.</summary>
    public IReadOnlyList<int>? TowerWidths { get; init; }

    /// <summary>The normalisation of the tower hidden layers.</summary>
    public Normalization TowerNorm { get; init; } = Normalization.LayerNorm;

    /// <summary>The activation of the tower hidden layers.</summary>
    public Activation TowerAct { get; init; } = Activation.Relu;

    /// <summary>The dropout of the tower hidden layers.</summary>
    public double TowerDropout { get; init; }
}

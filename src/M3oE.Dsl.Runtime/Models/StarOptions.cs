using System.Collections.Generic;
using M3oE.Dsl.Runtime.Modules;

namespace M3oE.Dsl.Runtime.Models;

/// <summary>
/// STAR for many domains and tasks: partitioned normalisation, star-topology layers whose last layer has one
/// output per task, and an auxiliary network on the domain indicator and the input added to the logits.
/// </summary>
public sealed record StarOptions
{
    /// <summary>The number of domains D.</summary>
    public required int Domains { get; init; }

    /// <summary>The number of tasks T.</summary>
    public required int Tasks { get; init; }

    /// <summary>The input layer.</summary>
    public required InputOptions Input { get; init; }

    /// <summary>The widths of the hidden star layers.</summary>
    public IReadOnlyList<int> Widths { get; init; } = new[] { 256, 128 };

    /// <summary>The activation between star layers.</summary>
    public Activation Act { get; init; } = Activation.Relu;

    /// <summary>True to apply partitioned normalisation to the input.</summary>
    public bool PartitionedNorm { get; init; } = true;

    /// <summary>The width of the domain indicator embedding of the auxiliary network.</summary>
    public int DomainEmbedding { get; init; } = 16;

    /// <summary>The hidden layers of the auxiliary network; null leaves the auxiliary network out.</summary>
    public MlpOptions? Auxiliary { get; init; } = new(new[] { 64 }, Normalization.None);
}

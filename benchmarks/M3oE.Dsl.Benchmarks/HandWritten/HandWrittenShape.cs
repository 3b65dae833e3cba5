using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Benchmarks.Flops;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Benchmarks.HandWritten;

/// <summary>
/// The sizes the hand-written M3oE is built with: the reference structure (one expert layer, one tower layer,
/// LayerNorm and ReLU everywhere, one domain and one task expert each), read from a spec.
/// </summary>
public sealed record HandWrittenShape(
    IReadOnlyList<long> Cardinalities,
    int EmbeddingDim,
    int DenseWidth,
    int Domains,
    int Tasks,
    int Hidden1,
    int Hidden2,
    bool Skip,
    int SharedExperts,
    int ExpertWidth,
    int TowerWidth,
    bool DetachGates
)
{
    /// <summary>The width F of the flattened input.</summary>
    public int InputWidth => Cardinalities.Count * EmbeddingDim + DenseWidth;

    /// <summary>The number of (domain, task) cells.</summary>
    public int Cells => Domains * Tasks;

    /// <summary>The shape of <paramref name="model"/> with the vocabulary sizes of
    /// <paramref name="cardinality"/>.</summary>
    /// <exception cref="ArgumentException">
    /// The spec has a structure the hand-written model does not implement.</exception>
    public static HandWrittenShape From(ModelSpec model, Func<string, long> cardinality)
    {
        // the same structural checks as the FLOP count, which also throws for other kinds of model
        FlopCounter.Count(model);
        var experts = model.Experts!;
        var sparse = model.Data.Columns.Where(c => c.Kind == ColumnKind.Sparse).ToList();
        var others = model.Data.Columns.Where(c => c.IsFeature && c.Kind is ColumnKind.Bucket or ColumnKind.Sequence);
        var widths = model.Representation.Network!.Widths.ToArray();
        if (
            others.Any()
            || sparse.Select(c => c.Dim).Distinct().Count() != 1
            || experts.Network.Widths.Count != 1
            || model.Towers.Network.Widths.Count != 1
            || experts.DomainCount != 1
            || experts.TaskCount != 1
            || model.Gates!.Placement != CellPlacement.DomainTask
        )
        {
            throw new ArgumentException(
                $"Model '{model.Name}' does not have the reference M3oE structure the hand-written model "
                    + "implements: sparse features of one width, dense features, one expert layer, one domain and "
                    + "one task expert each, gates and one tower layer per (domain, task)."
            );
        }

        return new HandWrittenShape(
            sparse.Select(c => cardinality(c.Name)).ToArray(),
            sparse[0].Dim,
            model.Data.Columns.Count(c => c.Kind == ColumnKind.Dense),
            model.Domains.Domains.Count,
            model.Tasks.Count,
            widths[0],
            widths[1],
            model.Representation.Skip,
            experts.SharedCount,
            experts.Network.Widths[0],
            model.Towers.Network.Widths[0],
            model.Gates.Detached
        );
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Benchmarks.Flops;

/// <summary>
/// Counts the matrix-product operations of an M3oE spec from its declared widths: the star layer for the row's
/// own domain (F x H1), the representation MLP (H1 x H2) and skip branch (F x H2), every expert layer of the
/// shared, domain and task pools, the gates (H2 x N per gate), the gate mixing (N x E per gate) and every tower
/// layer. Embedding lookups, normalisation, activations, softmax and the fusion sums are element-wise work and
/// are not counted.
/// </summary>
public static class FlopCounter
{
    /// <summary>The count for <paramref name="model"/>.</summary>
    /// <exception cref="ArgumentException">The spec is not an M3oE with a star representation of two widths,
    /// one level of experts, gates and towers per (domain, task).</exception>
    public static FlopCount Count(ModelSpec model)
    {
        var widths = model.Representation.Network?.Widths.ToArray() ?? Array.Empty<int>();
        if (
            model.Representation.Kind != RepresentationKind.Star
            || widths.Length != 2
            || model.Experts is not { Levels: 1 } experts
            || model.Gates is not { } gates
            || model.Towers.Placement != CellPlacement.DomainTask
        )
        {
            throw new ArgumentException(
                $"Model '{model.Name}' is not an M3oE that the FLOP count covers: it needs 'representation star "
                    + "H1 -> H2', one level of experts, gates and 'towers per (domain, task)'."
            );
        }

        var domains = model.Domains.Domains.Count;
        var tasks = model.Tasks.Count;
        var cells = (long)domains * tasks;
        var input = InputWidth(model);
        var (hidden1, hidden2) = (widths[0], widths[1]);
        var expertWidths = experts.Network.Widths.ToArray();
        var expertWidth = expertWidths.Length == 0 ? hidden2 : expertWidths[^1];
        var gateCount = gates.Placement switch
        {
            CellPlacement.DomainTask => cells,
            CellPlacement.Domain => domains,
            CellPlacement.Task => tasks,
            _ => 1L,
        };

        var terms = new List<FlopTerm>
        {
            new("star layer (own domain)", Product(input, hidden1)),
            new("representation MLP", Product(hidden1, hidden2)),
        };
        if (model.Representation.Skip)
        {
            terms.Add(new FlopTerm("skip branch", Product(input, hidden2)));
        }

        var perExpert = Chain(hidden2, expertWidths);
        AddPool(terms, "shared experts", experts.SharedCount, perExpert);
        AddPool(terms, "domain experts", experts.DomainCount * domains, perExpert);
        AddPool(terms, "task experts", experts.TaskCount * tasks, perExpert);
        terms.Add(new FlopTerm("gates", gateCount * Product(hidden2, experts.SharedCount)));
        terms.Add(new FlopTerm("gate mixing", gateCount * Product(experts.SharedCount, expertWidth)));

        // every tower: its hidden layers, then one output logit
        var towerWidths = model.Towers.Network.Widths.Concat(new[] { 1 }).ToArray();
        terms.Add(new FlopTerm("towers", cells * Chain(expertWidth, towerWidths)));
        return new FlopCount(input, terms);
    }

    /// <summary>The width F of the flattened input: one column per dense feature, the embedding width of
    /// every other feature.</summary>
    public static int InputWidth(ModelSpec model) =>
        model.Data.Columns.Where(c => c.IsFeature).Sum(c => c.Kind == ColumnKind.Dense ? 1 : c.Dim);

    private static void AddPool(List<FlopTerm> terms, string name, long count, long perExpert)
    {
        if (count > 0)
        {
            terms.Add(new FlopTerm(name, count * perExpert));
        }
    }

    private static long Chain(int input, IEnumerable<int> widths)
    {
        long total = 0;
        var previous = input;
        foreach (var width in widths)
        {
            total += Product(previous, width);
            previous = width;
        }

        return total;
    }

    private static long Product(long input, long output) => 2 * input * output;
}

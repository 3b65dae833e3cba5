using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>Row routing by domain: picks, for every row, the entries that belong to that row's domain.</summary>
public static class Routing
{
    /// <summary>
    /// From per-cell values [B, T * D, ...] with cell index i = t * D + d, keeps for every row b the cells of
    /// its own domain d(b): [B, T, ...].
    /// </summary>
    public static Tensor SelectOwnDomainCells(Tensor perCell, Tensor domain, int domains, int tasks)
    {
        var rows = perCell.shape[0];
        var tail = perCell.shape[2..];
        var shape = new long[3 + tail.Length];
        shape[0] = rows;
        shape[1] = tasks;
        shape[2] = domains;
        tail.CopyTo(shape, 3);
        var grouped = perCell.view(shape);

        // index [B, T, 1, ...] holding d(b) everywhere
        var indexShape = (long[])shape.Clone();
        indexShape[2] = 1;
        var viewShape = new long[shape.Length];
        System.Array.Fill(viewShape, 1L);
        viewShape[0] = rows;
        var index = domain.view(viewShape).expand(indexShape);
        return grouped.gather(2, index).squeeze(2);
    }

    /// <summary>From per-domain values [B, D, W] keeps row b's own domain: [B, W].</summary>
    public static Tensor SelectOwnDomain(Tensor perDomain, Tensor domain)
    {
        var rows = perDomain.shape[0];
        var width = perDomain.shape[2];
        var index = domain.view(rows, 1, 1).expand(rows, 1, width);
        return perDomain.gather(1, index).squeeze(1);
    }
}

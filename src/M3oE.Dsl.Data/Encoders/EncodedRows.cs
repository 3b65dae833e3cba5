using System;
using System.Collections.Generic;

namespace M3oE.Dsl.Data.Encoders;

/// <summary>
/// Rows already mapped through a feature map, stored column-major by kind in flat arrays laid out exactly
/// like the tensors of a batch: sparse [n, S], dense [n, Fd], each sequence [n, L], domain [n],
/// labels [n, T], group [n].
/// </summary>
public sealed class EncodedRows
{
    /// <summary>Creates storage for <paramref name="capacity"/> rows.</summary>
    public EncodedRows(BatchLayout layout, int capacity)
    {
        Layout = layout;
        Capacity = capacity;
        Sparse = new long[capacity * layout.SparseWidth];
        Dense = new float[capacity * layout.DenseWidth];
        Sequences = new long[layout.SequenceLengths.Count][];
        for (var i = 0; i < Sequences.Length; i++)
        {
            Sequences[i] = new long[capacity * layout.SequenceLengths[i]];
        }

        Domain = new long[capacity];
        Labels = new float[capacity * layout.TaskCount];
        Group = layout.HasGroup ? new long[capacity] : [];
    }

    public BatchLayout Layout { get; }

    public int Capacity { get; }

    /// <summary>The number of rows filled.</summary>
    public int Count { get; set; }

    public long[] Sparse { get; }

    public float[] Dense { get; }

    public long[][] Sequences { get; }

    public long[] Domain { get; }

    public float[] Labels { get; }

    /// <summary>Group keys; empty when the schema has no group column.</summary>
    public long[] Group { get; }

    /// <summary>Copies row <paramref name="from"/> of this storage to row <paramref name="to"/> of
    /// <paramref name="target"/>.</summary>
    public void CopyRow(int from, EncodedRows target, int to)
    {
        var layout = Layout;
        Array.Copy(Sparse, from * layout.SparseWidth, target.Sparse, to * layout.SparseWidth, layout.SparseWidth);
        Array.Copy(Dense, from * layout.DenseWidth, target.Dense, to * layout.DenseWidth, layout.DenseWidth);
        for (var i = 0; i < Sequences.Length; i++)
        {
            var length = layout.SequenceLengths[i];
            Array.Copy(Sequences[i], from * length, target.Sequences[i], to * length, length);
        }

        target.Domain[to] = Domain[from];
        Array.Copy(Labels, from * layout.TaskCount, target.Labels, to * layout.TaskCount, layout.TaskCount);
        if (layout.HasGroup)
        {
            target.Group[to] = Group[from];
        }
    }

    /// <summary>This storage when it is full, else a copy of its rows whose arrays have exactly
    /// <see cref="Count"/> rows.</summary>
    public EncodedRows Trimmed()
    {
        if (Count == Capacity)
        {
            return this;
        }

        var result = new EncodedRows(Layout, Count);
        for (var i = 0; i < Count; i++)
        {
            CopyRow(i, result, i);
        }

        result.Count = Count;
        return result;
    }

    /// <summary>The rows of this storage at <paramref name="rows"/>, in that order, as new storage.</summary>
    public EncodedRows Gather(IReadOnlyList<int> rows)
    {
        var result = new EncodedRows(Layout, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            CopyRow(rows[i], result, i);
        }

        result.Count = rows.Count;
        return result;
    }
}

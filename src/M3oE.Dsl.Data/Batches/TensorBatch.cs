using System;
using M3oE.Dsl.Data.Encoders;
using M3oE.Dsl.Runtime.Data;
using TorchSharp;

namespace M3oE.Dsl.Data.Batches;

/// <summary>Turns encoded rows into the tensors of a runtime <see cref="Batch"/>.</summary>
public static class TensorBatch
{
    /// <summary>
    /// Creates the batch: sparse int64 [B, S], dense float32 [B, Fd], sequences int64 [B, L] padded with -1,
    /// domain int64 [B], labels float32 [B, T] and, when the schema has one, group int64 [B].
    /// </summary>
    public static Batch From(EncodedRows rows)
    {
        var layout = rows.Layout;
        long count = rows.Count;

        var sequences = new torch.Tensor[rows.Sequences.Length];
        for (var i = 0; i < sequences.Length; i++)
        {
            sequences[i] = Int64(rows.Sequences[i], count, layout.SequenceLengths[i]);
        }

        return new Batch(
            Int64(rows.Sparse, count, layout.SparseWidth),
            Float32(rows.Dense, count, layout.DenseWidth),
            sequences,
            torch.tensor(Exact(rows.Domain, count), [count], torch.int64),
            Float32(rows.Labels, count, layout.TaskCount),
            layout.HasGroup ? torch.tensor(Exact(rows.Group, count), [count], torch.int64) : null
        );
    }

    private static torch.Tensor Int64(long[] values, long rows, int width) =>
        width == 0
            ? torch.empty([rows, 0], torch.int64)
            : torch.tensor(Exact(values, rows * width), [rows, width], torch.int64);

    private static torch.Tensor Float32(float[] values, long rows, int width) =>
        width == 0
            ? torch.empty([rows, 0], torch.float32)
            : torch.tensor(Exact(values, rows * width), [rows, width], torch.float32);

    /// <summary>The array itself when it has exactly <paramref name="length"/> values, else a copy of its
    /// start (only the last batch of a pass is short).</summary>
    private static T[] Exact<T>(T[] values, long length) =>
        values.Length == length ? values : values.AsSpan(0, (int)length).ToArray();
}

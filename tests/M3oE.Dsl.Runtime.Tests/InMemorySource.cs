using System;
using System.Collections.Generic;
using M3oE.Dsl.Runtime.Data;
using TorchSharp;

namespace M3oE.Dsl.Runtime.Tests;

/// <summary>Batches over a row range of a <see cref="SyntheticData"/>, shuffled by (seed, epoch) when asked.</summary>
internal sealed class InMemorySource : IBatchSource
{
    private readonly SyntheticData data;
    private readonly int start;
    private readonly int count;
    private readonly int batchSize;
    private readonly bool shuffle;

    public InMemorySource(SyntheticData data, int start, int count, int batchSize, bool shuffle = false)
    {
        this.data = data;
        this.start = start;
        this.count = count;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
    }

    public long? RowCount => count;

    public IEnumerable<Batch> Batches(int epoch)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = start + i;
        }

        if (shuffle)
        {
            new Random(1000 + epoch).Shuffle(order);
        }

        for (var offset = 0; offset < count; offset += batchSize)
        {
            var rows = order.AsSpan(offset, Math.Min(batchSize, count - offset)).ToArray();
            yield return Make(data, rows);
        }
    }

    public static Batch Make(SyntheticData data, int[] rows)
    {
        var n = rows.Length;
        var sparse = new long[n * 2];
        var dense = new float[n];
        var history = new long[n * SyntheticData.HistoryLength];
        var domain = new long[n];
        var labels = new float[n * data.Tasks];
        var group = new long[n];
        for (var i = 0; i < n; i++)
        {
            var r = rows[i];
            sparse[i * 2] = data.Sparse[r * 2];
            sparse[i * 2 + 1] = data.Sparse[r * 2 + 1];
            dense[i] = data.Dense[r];
            Array.Copy(
                data.History,
                r * SyntheticData.HistoryLength,
                history,
                i * SyntheticData.HistoryLength,
                SyntheticData.HistoryLength
            );
            domain[i] = data.Domain[r];
            Array.Copy(data.Labels, r * data.Tasks, labels, i * data.Tasks, data.Tasks);
            group[i] = data.Group[r];
        }

        return new Batch(
            torch.tensor(sparse, new long[] { n, 2 }),
            torch.tensor(dense, new long[] { n, 1 }),
            new[] { torch.tensor(history, new long[] { n, SyntheticData.HistoryLength }) },
            torch.tensor(domain),
            torch.tensor(labels, new long[] { n, data.Tasks }),
            torch.tensor(group)
        );
    }
}

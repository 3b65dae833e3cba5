using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Data.Encoders;
using M3oE.Dsl.Data.Randomness;
using M3oE.Dsl.Runtime.Data;

namespace M3oE.Dsl.Data.Batches;

/// <summary>
/// Batches over rows already encoded in memory (columns of ids, values and labels). With shuffling, each
/// epoch visits the rows in a permutation seeded by the seed and the epoch.
/// </summary>
public sealed class InMemoryBatchSource : IBatchSource
{
    private readonly int _batchSize;
    private readonly long _seed;

    /// <summary>Creates a source over <paramref name="rows"/>.</summary>
    public InMemoryBatchSource(EncodedRows rows, int batchSize, bool shuffle, long seed)
    {
        Rows = rows;
        _batchSize = batchSize;
        Shuffled = shuffle;
        _seed = seed;
    }

    /// <summary>The encoded rows.</summary>
    public EncodedRows Rows { get; }

    public bool Shuffled { get; }

    /// <inheritdoc />
    public long? RowCount => Rows.Count;

    /// <inheritdoc />
    public IEnumerable<Batch> Batches(int epoch) => EncodedBatches(epoch).Select(TensorBatch.From);

    /// <summary>The batches of one epoch as plain arrays.</summary>
    public IEnumerable<EncodedRows> EncodedBatches(int epoch)
    {
        var order = Enumerable.Range(0, Rows.Count).ToArray();
        if (Shuffled)
        {
            new SeededRandom(_seed, epoch).Shuffle<int>(order);
        }

        for (var start = 0; start < order.Length; start += _batchSize)
        {
            var count = System.Math.Min(_batchSize, order.Length - start);
            yield return Rows.Gather(new System.ArraySegment<int>(order, start, count));
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Data.Encoders;
using M3oE.Dsl.Data.FeatureMaps;
using M3oE.Dsl.Data.Quality;
using M3oE.Dsl.Data.Randomness;
using M3oE.Dsl.Data.Splits;
using M3oE.Dsl.Runtime.Data;

namespace M3oE.Dsl.Data.Batches;

/// <summary>
/// The batches of one split, read from the source again on every epoch. Memory holds the shuffle buffer and
/// one batch, whatever the size of the file. Shuffling uses a buffer of fixed size: the buffer is filled
/// from the stream, then each new row replaces a randomly chosen buffered row, which goes to the batch; at
/// the end the buffer is emptied in random order. The generator is seeded by the data seed and the epoch.
/// </summary>
public sealed class StreamingBatchSource : IBatchSource
{
    private readonly DataSet _data;
    private readonly DataSplit _split;
    private readonly FeatureMap _map;

    internal StreamingBatchSource(DataSet data, DataSplit split, FeatureMap map, bool shuffle, long? rowCount)
    {
        _data = data;
        _split = split;
        _map = map;
        Shuffled = shuffle;
        RowCount = rowCount;
        Report = new BadRowReport(data.Options.MaxListedBadRows);
    }

    /// <inheritdoc />
    public long? RowCount { get; }

    /// <summary>Whether batches are shuffled.</summary>
    public bool Shuffled { get; }

    /// <summary>The rows skipped by the last pass (under <see cref="BadRowPolicy.Skip"/>).</summary>
    public BadRowReport Report { get; private set; }

    /// <inheritdoc />
    public IEnumerable<Batch> Batches(int epoch) => EncodedBatches(epoch).Select(TensorBatch.From);

    /// <summary>The batches of one pass as plain arrays, before they become tensors.</summary>
    public IEnumerable<EncodedRows> EncodedBatches(int epoch)
    {
        var options = _data.Options;
        var parser = new RowParser(_map.Schema);
        var parsed = parser.NewRow();
        var encoder = new RowEncoder(_map);
        var layout = _map.Layout;
        var report = new BadRowReport(options.MaxListedBadRows);
        Report = report;

        var batchSize = options.BatchSize;
        var batch = new EncodedRows(layout, batchSize);
        var random = new SeededRandom(options.Seed, epoch);
        var buffer = Shuffled ? new EncodedRows(layout, options.ShuffleBuffer) : null;

        foreach (var (row, _) in _data.GoodRows(_split, parser, parsed, report))
        {
            if (buffer is null)
            {
                encoder.Encode(row, parsed, batch, batch.Count++);
            }
            else if (buffer.Count < buffer.Capacity)
            {
                encoder.Encode(row, parsed, buffer, buffer.Count++);
                continue;
            }
            else
            {
                var victim = random.Next(buffer.Capacity);
                buffer.CopyRow(victim, batch, batch.Count++);
                encoder.Encode(row, parsed, buffer, victim);
            }

            if (batch.Count == batchSize)
            {
                yield return batch;
                batch = new EncodedRows(layout, batchSize);
            }
        }

        if (buffer is not null)
        {
            var order = Enumerable.Range(0, buffer.Count).ToArray();
            random.Shuffle<int>(order);
            foreach (var index in order)
            {
                buffer.CopyRow(index, batch, batch.Count++);
                if (batch.Count == batchSize)
                {
                    yield return batch;
                    batch = new EncodedRows(layout, batchSize);
                }
            }
        }

        if (batch.Count > 0)
        {
            yield return batch.Trimmed();
        }
    }

    /// <summary>Every row of the split, in source order, in one storage.</summary>
    internal EncodedRows EncodeAll()
    {
        var options = _data.Options;
        var parser = new RowParser(_map.Schema);
        var parsed = parser.NewRow();
        var encoder = new RowEncoder(_map);
        var report = new BadRowReport(options.MaxListedBadRows);
        Report = report;

        var capacity = (int)(RowCount ?? 1024);
        var rows = new EncodedRows(_map.Layout, capacity);
        foreach (var (row, _) in _data.GoodRows(_split, parser, parsed, report))
        {
            if (rows.Count == rows.Capacity)
            {
                var larger = new EncodedRows(_map.Layout, rows.Capacity * 2);
                for (var i = 0; i < rows.Count; i++)
                {
                    rows.CopyRow(i, larger, i);
                }

                larger.Count = rows.Count;
                rows = larger;
            }

            encoder.Encode(row, parsed, rows, rows.Count++);
        }

        return rows;
    }
}

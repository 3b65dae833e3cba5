using System.Collections.Generic;
using M3oE.Dsl.Runtime.Data;

namespace M3oE.Dsl.Benchmarks.Workloads;

/// <summary>A source that yields the same batch a fixed number of times per pass, so that steps differ only in
/// time.</summary>
public sealed class RepeatedBatchSource : IBatchSource
{
    private readonly Batch batch;
    private readonly int count;

    public RepeatedBatchSource(Batch batch, int count)
    {
        this.batch = batch;
        this.count = count;
    }

    public long? RowCount => batch.Count * count;

    public IEnumerable<Batch> Batches(int epoch)
    {
        for (var i = 0; i < count; i++)
        {
            yield return RandomBatches.Alias(batch);
        }
    }
}

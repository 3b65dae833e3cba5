using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Runtime.Data;

namespace M3oE.Dsl.Benchmarks.Workloads;

/// <summary>The first batches of another source, at most a fixed number per pass.</summary>
public sealed class CappedBatchSource : IBatchSource
{
    private readonly IBatchSource inner;
    private readonly int cap;

    public CappedBatchSource(IBatchSource inner, int cap)
    {
        this.inner = inner;
        this.cap = cap;
    }

    public long? RowCount => null;

    public IEnumerable<Batch> Batches(int epoch) => inner.Batches(epoch).Take(cap);
}

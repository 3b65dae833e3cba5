using System.Collections.Generic;
using M3oE.Dsl.Runtime.Data;

namespace M3oE.Dsl.Runtime.Training;

/// <summary>Hands out the batches of a source one by one, starting a new pass when one runs out.</summary>
internal sealed class BatchCycler : System.IDisposable
{
    private readonly IBatchSource source;
    private readonly int epoch;
    private IEnumerator<Batch>? current;

    public BatchCycler(IBatchSource source, int epoch)
    {
        this.source = source;
        this.epoch = epoch;
    }

    /// <summary>The next batch; the caller disposes it.</summary>
    public Batch Next()
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            current ??= source.Batches(epoch).GetEnumerator();
            if (current.MoveNext())
            {
                return current.Current;
            }

            current.Dispose();
            current = null;
        }

        throw new System.InvalidOperationException("The architecture data source yields no batches.");
    }

    public void Dispose() => current?.Dispose();
}

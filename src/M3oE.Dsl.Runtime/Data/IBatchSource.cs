using System.Collections.Generic;

namespace M3oE.Dsl.Runtime.Data;

/// <summary>
/// A source of mini-batches for one split. The trainer enumerates it once per epoch; an implementation
/// that shuffles must derive its order from the epoch number and its own seed only, so that two
/// runs with the same seed see the same batches.
/// </summary>
public interface IBatchSource
{
    /// <summary>The batches of one pass. The caller disposes each batch.</summary>
    IEnumerable<Batch> Batches(int epoch);

    /// <summary>The number of rows of one pass, when known without reading the data.</summary>
    long? RowCount { get; }
}

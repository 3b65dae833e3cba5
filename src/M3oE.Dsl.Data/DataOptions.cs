using M3oE.Dsl.Data.Quality;
using M3oE.Dsl.Data.Splits;

namespace M3oE.Dsl.Data;

/// <summary>How a data set is split, batched, shuffled and checked.</summary>
public sealed record DataOptions
{
    /// <summary>Rows per batch; the last batch of a pass may be smaller.</summary>
    public int BatchSize { get; init; } = 1024;

    /// <summary>Rows held for shuffling a streamed training split; memory grows with it, not with the file.
    /// 0 or 1 reads in file order.</summary>
    public int ShuffleBuffer { get; init; } = 65_536;

    /// <summary>The seed of shuffling and of quantile sampling; each epoch shuffles with (seed, epoch).</summary>
    public long Seed { get; init; }

    /// <summary>What happens to bad rows; by default the first one is an error.</summary>
    public BadRowPolicy BadRows { get; init; } = BadRowPolicy.Error;

    /// <summary>How many skipped rows a report lists with their position (all are counted).</summary>
    public int MaxListedBadRows { get; init; } = 100_000;

    /// <summary>How a single source is split; ignored when each split has its own source.</summary>
    public SplitSpec Split { get; init; } = SplitSpec.Ratio(0.8, 0.1, 0.1);

    /// <summary>Whether the training split is shuffled (validation and test never are).</summary>
    public bool ShuffleTraining { get; init; } = true;
}

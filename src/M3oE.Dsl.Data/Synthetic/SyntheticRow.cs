namespace M3oE.Dsl.Data.Synthetic;

/// <summary>One generated row. The generator reuses one instance: copy what you keep.</summary>
public sealed class SyntheticRow
{
    internal SyntheticRow(int tasks)
    {
        Labels = new int[tasks];
    }

    /// <summary>The 0-based row number.</summary>
    public long Index { get; internal set; }

    public int User { get; internal set; }

    public int Item { get; internal set; }

    public int UserSegment { get; internal set; }

    /// <summary>A noisy view of the user's first latent factor.</summary>
    public double UserActivity { get; internal set; }

    public int ItemCategory { get; internal set; }

    /// <summary>A noisy view of the item's second latent factor.</summary>
    public double ItemPrice { get; internal set; }

    public int Domain { get; internal set; }

    /// <summary>0 or 1 for each task.</summary>
    public int[] Labels { get; }
}

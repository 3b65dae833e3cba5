namespace M3oE.Dsl.Data.Encoders;

/// <summary>The numeric parts of a row after checking: what both fitting and encoding need.</summary>
internal sealed class ParsedRow
{
    public ParsedRow(int dense, int bucketized, int tasks)
    {
        Dense = new double[dense];
        Bucketized = new double[bucketized];
        Labels = new float[tasks];
    }

    /// <summary>Raw dense values; NaN where an empty cell is to be filled with the training mean.</summary>
    public double[] Dense { get; }

    /// <summary>Raw bucketized values; NaN for an empty cell.</summary>
    public double[] Bucketized { get; }

    public float[] Labels { get; }

    public int Domain { get; set; }

    public long Group { get; set; }
}

namespace M3oE.Dsl.Data.Schema;

/// <summary>How a dense value is scaled, with statistics of the training split.</summary>
public enum Normalization
{
    /// <summary>The value as read.</summary>
    None,

    /// <summary>(x - min) / (max - min), 0 when max equals min.</summary>
    MinMax,

    /// <summary>(x - mean) / standard deviation, 0 when the deviation is 0.</summary>
    Standard,
}

namespace M3oE.Dsl.Data.Schema;

/// <summary>What an empty dense cell becomes.</summary>
public enum MissingDense
{
    /// <summary>An empty cell makes the row bad.</summary>
    Error,

    /// <summary>The feature's fill value.</summary>
    Constant,

    /// <summary>The mean of the training split.</summary>
    Mean,
}

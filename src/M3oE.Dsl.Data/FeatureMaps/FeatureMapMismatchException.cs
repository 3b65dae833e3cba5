using System;

namespace M3oE.Dsl.Data.FeatureMaps;

/// <summary>A saved feature map that does not belong to the schema it is loaded for; names the column.</summary>
public sealed class FeatureMapMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FeatureMapMismatchException(string message, string? column)
        : base(message)
    {
        Column = column;
    }

    /// <summary>The first column found to differ, when the difference is in a column.</summary>
    public string? Column { get; }
}

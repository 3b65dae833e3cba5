namespace M3oE.Dsl.Data.Quality;

/// <summary>Why a row or a file cannot be used.</summary>
public enum BadRowReason
{
    /// <summary>The row has more or fewer cells than the header.</summary>
    ColumnCount,

    /// <summary>A cell that must be a number is not one.</summary>
    UnparsableNumber,

    /// <summary>A dense cell is empty and the feature has no fill.</summary>
    MissingValue,

    /// <summary>A label cell is empty.</summary>
    MissingLabel,

    /// <summary>A label without a condition is neither 0 nor 1.</summary>
    InvalidLabel,

    /// <summary>The row belongs to no declared domain.</summary>
    UnknownDomain,

    /// <summary>The file has no header or no rows.</summary>
    EmptyFile,

    /// <summary>The header lacks a column the schema reads.</summary>
    HeaderMismatch,
}

using System;

namespace M3oE.Dsl.Data.Quality;

/// <summary>Data that does not fit the schema; it names the file, the 1-based line and the column.</summary>
public sealed class DataFormatException : Exception
{
    /// <summary>Creates the exception for one bad row.</summary>
    public DataFormatException(BadRow row)
        : base(Compose(row))
    {
        Row = row;
    }

    /// <summary>The bad row.</summary>
    public BadRow Row { get; }

    public string File => Row.File;

    /// <summary>The 1-based line number; 0 for a problem of the whole file.</summary>
    public long Line => Row.Line;

    public string? Column => Row.Column;

    public BadRowReason Reason => Row.Reason;

    private static string Compose(BadRow row)
    {
        var advice =
            row.Line > 0 && row.Reason is not (BadRowReason.EmptyFile or BadRowReason.HeaderMismatch)
                ? " Fix the row, or read with BadRowPolicy.Skip to leave such rows out and have them reported."
                : string.Empty;
        return row + "." + advice;
    }
}

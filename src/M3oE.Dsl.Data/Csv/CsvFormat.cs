using System.Collections.Generic;
using System.Text;

namespace M3oE.Dsl.Data.Csv;

/// <summary>The layout of a delimited text file.</summary>
public sealed record CsvFormat
{
    /// <summary>The cell separator (one character).</summary>
    public char Separator { get; init; } = ',';

    /// <summary>Whether the first line names the columns.</summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>The column names of a file without a header, in file order.</summary>
    public IReadOnlyList<string>? ColumnNames { get; init; }

    /// <summary>The text encoding; UTF-8 when null.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Comma separated with a header, UTF-8.</summary>
    public static CsvFormat Default { get; } = new();
}

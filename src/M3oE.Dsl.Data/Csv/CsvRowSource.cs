using System.Collections.Generic;

namespace M3oE.Dsl.Data.Csv;

/// <summary>
/// A delimited text file read with Sep, streaming: memory holds one read buffer, never the file. Column
/// indexes are resolved once from the header; cells are read as spans without allocating strings.
/// </summary>
public sealed class CsvRowSource : Rows.IRowSource
{
    /// <summary>Creates a source over <paramref name="path"/>.</summary>
    public CsvRowSource(string path, CsvFormat? format = null)
    {
        Path = path;
        Format = format ?? CsvFormat.Default;
    }

    public string Path { get; }

    public CsvFormat Format { get; }

    /// <inheritdoc />
    public string Description => Path;

    /// <inheritdoc />
    public Rows.IRowCursor Open(IReadOnlyList<string> columns) => new CsvRowCursor(Path, Format, columns);
}

using System.Collections.Generic;
using M3oE.Dsl.Data.Rows;

namespace M3oE.Dsl.Data.Parquet;

/// <summary>
/// A Parquet file read with Parquet.Net one row group at a time, and only the columns the schema needs:
/// memory holds one row group of those columns. Row groups are a property of the file; files written by
/// this library use groups of 65,536 rows. Supported column types: integers, floating point, boolean and
/// text, nullable or not; a null reads as an empty cell.
/// </summary>
public sealed class ParquetRowSource : IRowSource
{
    /// <summary>Creates a source over <paramref name="path"/>.</summary>
    public ParquetRowSource(string path)
    {
        Path = path;
    }

    public string Path { get; }

    /// <inheritdoc />
    public string Description => Path;

    /// <inheritdoc />
    public IRowCursor Open(IReadOnlyList<string> columns) => new ParquetRowCursor(Path, columns);
}

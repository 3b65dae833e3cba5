using System.Collections.Generic;
using M3oE.Dsl.Data.Quality;
using nietras.SeparatedValues;

namespace M3oE.Dsl.Data.Csv;

/// <summary>Reads the column names of a delimited file without reading its rows.</summary>
public static class CsvHeader
{
    /// <summary>The header's column names; an empty file is a <see cref="DataFormatException"/>.</summary>
    public static IReadOnlyList<string> Read(string path, char separator = ',')
    {
        using var reader = Sep.Reader(o => o with { Sep = new Sep(separator) }).FromFile(path);
        if (reader.Header.IsEmpty)
        {
            throw new DataFormatException(new BadRow(path, 0, null, BadRowReason.EmptyFile, "the file is empty"));
        }

        return [.. reader.Header.ColNames];
    }
}

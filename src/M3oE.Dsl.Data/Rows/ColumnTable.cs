using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Data.Quality;

namespace M3oE.Dsl.Data.Rows;

/// <summary>
/// Named columns held in memory, each a <c>string[]</c>, <c>long[]</c>, <c>double[]</c> or <c>float[]</c>
/// of the same length. It is a row source, so in-memory data goes through the same schema, feature maps and
/// batches as a file.
/// </summary>
public sealed class ColumnTable : IRowSource
{
    private readonly Dictionary<string, Array> _columns = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    /// <summary>Creates an empty table with a description used in messages.</summary>
    public ColumnTable(string description = "memory")
    {
        Description = description;
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>The number of rows; 0 before the first column is added.</summary>
    public int RowCount { get; private set; }

    /// <summary>The column names in the order they were added.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Adds a column; every column must have the same length.</summary>
    public ColumnTable Add(string name, Array values)
    {
        if (values is not (string[] or long[] or double[] or float[]))
        {
            throw new ArgumentException("A column is a string[], long[], double[] or float[].", nameof(values));
        }

        if (_names.Count > 0 && values.Length != RowCount)
        {
            throw new ArgumentException(
                $"The column '{name}' has {values.Length} rows; the table has {RowCount}.",
                nameof(values)
            );
        }

        if (!_columns.TryAdd(name, values))
        {
            throw new ArgumentException($"The column '{name}' is already in the table.", nameof(name));
        }

        _names.Add(name);
        RowCount = values.Length;
        return this;
    }

    /// <summary>The values of a column.</summary>
    public Array this[string name] => _columns[name];

    /// <inheritdoc />
    public IRowCursor Open(IReadOnlyList<string> columns)
    {
        var missing = columns.FirstOrDefault(c => !_columns.ContainsKey(c));
        if (missing is not null)
        {
            throw new DataFormatException(
                new BadRow(Description, 0, missing, BadRowReason.HeaderMismatch, "the table has no such column")
            );
        }

        if (RowCount == 0)
        {
            throw new DataFormatException(
                new BadRow(Description, 0, null, BadRowReason.EmptyFile, "the table has no rows")
            );
        }

        return new ColumnTableCursor(this, columns.Select(c => _columns[c]).ToArray());
    }
}

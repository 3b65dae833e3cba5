using System;
using System.Globalization;
using M3oE.Dsl.Data.Quality;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.Rows;

/// <summary>A pass over a <see cref="ColumnTable"/>; numbers are formatted to text only when asked for.</summary>
internal sealed class ColumnTableCursor : IRowCursor, IRowView
{
    private readonly ColumnTable _table;
    private readonly Array[] _columns;
    private readonly char[][] _scratch;
    private int _row = -1;

    public ColumnTableCursor(ColumnTable table, Array[] columns)
    {
        _table = table;
        _columns = columns;
        _scratch = new char[columns.Length][];
        for (var i = 0; i < columns.Length; i++)
        {
            _scratch[i] = new char[32];
        }
    }

    public IRowView Current => this;

    public BadRow? Defect => null;

    public string SourceName => _table.Description;

    public long Line => _row + 1;

    public long Index => _row;

    public bool MoveNext() => ++_row < _table.RowCount;

    public ReadOnlySpan<char> Text(int slot)
    {
        var culture = CultureInfo.InvariantCulture;
        var buffer = _scratch[slot];
        switch (_columns[slot])
        {
            case string[] text:
                return text[_row];
            case long[] longs:
                longs[_row].TryFormat(buffer, out var written, default, culture);
                return buffer.AsSpan(0, written);
            case double[] doubles:
                doubles[_row].TryFormat(buffer, out written, "R", culture);
                return buffer.AsSpan(0, written);
            default:
                ((float[])_columns[slot])[_row].TryFormat(buffer, out written, "R", culture);
                return buffer.AsSpan(0, written);
        }
    }

    public bool TryNumber(int slot, out double value)
    {
        switch (_columns[slot])
        {
            case long[] longs:
                value = longs[_row];
                return true;
            case double[] doubles:
                value = doubles[_row];
                return !double.IsNaN(value);
            case float[] floats:
                value = floats[_row];
                return !float.IsNaN(floats[_row]);
            default:
                return NumberText.TryParse(((string[])_columns[slot])[_row], out value);
        }
    }

    public void Dispose() { }
}

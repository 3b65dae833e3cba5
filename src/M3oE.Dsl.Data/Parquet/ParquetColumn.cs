using System;
using System.Globalization;
using System.Threading.Tasks;
using M3oE.Dsl.Data.Rows;
using Parquet;
using Parquet.Schema;

namespace M3oE.Dsl.Data.Parquet;

/// <summary>One column of the current row group, held as numbers or as text.</summary>
internal sealed class ParquetColumn
{
    private readonly DataField _field;
    private readonly char[] _scratch = new char[32];
    private double[] _numbers = [];
    private bool[] _present = [];
    private string?[] _texts = [];

    public ParquetColumn(DataField field)
    {
        _field = field;
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        IsText = type == typeof(string);
        if (
            !IsText
            && type != typeof(double)
            && type != typeof(float)
            && type != typeof(long)
            && type != typeof(int)
            && type != typeof(short)
            && type != typeof(bool)
        )
        {
            throw new NotSupportedException(
                $"The Parquet column '{field.Name}' has type {type.Name}; numbers, booleans and text are supported."
            );
        }
    }

    public bool IsText { get; }

    public async Task LoadAsync(ParquetRowGroupReader group)
    {
        var count = (int)group.RowCount;
        if (IsText)
        {
            _texts = new string?[count];
            await group.ReadAsync(_field, _texts.AsMemory());
            return;
        }

        _numbers = new double[count];
        _present = new bool[count];
        var type = Nullable.GetUnderlyingType(_field.ClrType) ?? _field.ClrType;
        if (type == typeof(double))
        {
            await ReadAsync<double>(group, count, v => v);
        }
        else if (type == typeof(float))
        {
            await ReadAsync<float>(group, count, v => v);
        }
        else if (type == typeof(long))
        {
            await ReadAsync<long>(group, count, v => v);
        }
        else if (type == typeof(int))
        {
            await ReadAsync<int>(group, count, v => v);
        }
        else if (type == typeof(short))
        {
            await ReadAsync<short>(group, count, v => v);
        }
        else
        {
            await ReadAsync<bool>(group, count, v => v ? 1 : 0);
        }
    }

    public ReadOnlySpan<char> Text(int row)
    {
        if (IsText)
        {
            return _texts[row];
        }

        if (!_present[row])
        {
            return [];
        }

        _numbers[row].TryFormat(_scratch, out var written, "R", CultureInfo.InvariantCulture);
        return _scratch.AsSpan(0, written);
    }

    public bool TryNumber(int row, out double value)
    {
        if (IsText)
        {
            return NumberText.TryParse(_texts[row], out value);
        }

        value = _numbers[row];
        return _present[row] && !double.IsNaN(value);
    }

    private async Task ReadAsync<T>(ParquetRowGroupReader group, int count, Func<T, double> convert)
        where T : struct
    {
        if (_field.IsNullable)
        {
            var values = new T?[count];
            await group.ReadAsync(_field, values.AsMemory());
            for (var i = 0; i < count; i++)
            {
                _present[i] = values[i].HasValue;
                _numbers[i] = values[i] is { } v ? convert(v) : 0;
            }
        }
        else
        {
            var values = new T[count];
            await group.ReadAsync(_field, values.AsMemory());
            for (var i = 0; i < count; i++)
            {
                _present[i] = true;
                _numbers[i] = convert(values[i]);
            }
        }
    }
}

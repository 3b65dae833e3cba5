using System;
using System.Collections.Generic;
using M3oE.Dsl.Data.Quality;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.Rows;

/// <summary>
/// A source with one more column holding the same text on every row, for data whose domain is the file it
/// is in (for example one file per country).
/// </summary>
public sealed class ConstantColumnSource : IRowSource
{
    private readonly IRowSource _inner;
    private readonly string _column;
    private readonly string _value;

    /// <summary>Adds the column <paramref name="column"/> with <paramref name="value"/> to every row.</summary>
    public ConstantColumnSource(IRowSource inner, string column, string value)
    {
        _inner = inner;
        _column = column;
        _value = value;
    }

    /// <inheritdoc />
    public string Description => _inner.Description;

    /// <inheritdoc />
    public IRowCursor Open(IReadOnlyList<string> columns)
    {
        var map = new int[columns.Count];
        var innerColumns = new List<string>();
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == _column)
            {
                map[i] = -1;
            }
            else
            {
                map[i] = innerColumns.Count;
                innerColumns.Add(columns[i]);
            }
        }

        return new Cursor(_inner.Open(innerColumns.ToArray()), map, _value);
    }

    private sealed class Cursor : IRowCursor, IRowView
    {
        private readonly IRowCursor _inner;
        private readonly int[] _map;
        private readonly string _value;
        private readonly bool _valueIsNumber;
        private readonly double _number;

        public Cursor(IRowCursor inner, int[] map, string value)
        {
            _inner = inner;
            _map = map;
            _value = value;
            _valueIsNumber = NumberText.TryParse(value, out _number);
        }

        public IRowView Current => this;

        public BadRow? Defect => _inner.Defect;

        public string SourceName => _inner.SourceName;

        public long Line => _inner.Current.Line;

        public long Index => _inner.Current.Index;

        public ReadOnlySpan<char> Text(int slot) => _map[slot] < 0 ? _value.AsSpan() : _inner.Current.Text(_map[slot]);

        public bool TryNumber(int slot, out double value)
        {
            if (_map[slot] >= 0)
            {
                return _inner.Current.TryNumber(_map[slot], out value);
            }

            value = _number;
            return _valueIsNumber;
        }

        public bool MoveNext() => _inner.MoveNext();

        public void Dispose() => _inner.Dispose();
    }
}

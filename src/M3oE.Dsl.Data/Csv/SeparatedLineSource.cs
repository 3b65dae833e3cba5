using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using M3oE.Dsl.Data.Quality;
using M3oE.Dsl.Data.Rows;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.Csv;

/// <summary>
/// A headerless text file whose cells are separated by a string of any length and never quoted, such as
/// the <c>::</c>-separated MovieLens 1M files or the <c>|</c>-separated MovieLens 100K tables. Lines are
/// streamed; empty lines are ignored.
/// </summary>
public sealed class SeparatedLineSource : IRowSource
{
    /// <summary>Creates a source over <paramref name="path"/>.</summary>
    public SeparatedLineSource(
        string path,
        string separator,
        IReadOnlyList<string> columnNames,
        Encoding? encoding = null
    )
    {
        if (separator.Length == 0)
        {
            throw new ArgumentException("The separator must not be empty.", nameof(separator));
        }

        Path = path;
        Separator = separator;
        ColumnNames = columnNames;
        Encoding = encoding ?? Encoding.UTF8;
    }

    public string Path { get; }

    public string Separator { get; }

    public IReadOnlyList<string> ColumnNames { get; }

    public Encoding Encoding { get; }

    /// <inheritdoc />
    public string Description => Path;

    /// <inheritdoc />
    public IRowCursor Open(IReadOnlyList<string> columns)
    {
        var cells = new int[columns.Count];
        for (var slot = 0; slot < columns.Count; slot++)
        {
            cells[slot] = ColumnNames.ToList().IndexOf(columns[slot]);
            if (cells[slot] < 0)
            {
                throw new DataFormatException(
                    new BadRow(Path, 0, columns[slot], BadRowReason.HeaderMismatch, "the format names no such column")
                );
            }
        }

        return new Cursor(this, cells);
    }

    private sealed class Cursor : IRowCursor, IRowView
    {
        private readonly SeparatedLineSource _source;
        private readonly StreamReader _reader;
        private readonly int[] _cells;
        private readonly Range[] _ranges;
        private string _line = string.Empty;
        private long _lineNumber;
        private long _index = -1;
        private BadRow? _defect;

        public Cursor(SeparatedLineSource source, int[] cells)
        {
            _source = source;
            _cells = cells;
            _ranges = new Range[source.ColumnNames.Count + 1];
            _reader = new StreamReader(source.Path, source.Encoding);
            if (_reader.Peek() < 0)
            {
                _reader.Dispose();
                throw new DataFormatException(
                    new BadRow(source.Path, 0, null, BadRowReason.EmptyFile, "the file is empty")
                );
            }
        }

        public IRowView Current => this;

        public BadRow? Defect => _defect;

        public string SourceName => _source.Path;

        public long Line => _lineNumber;

        public long Index => _index;

        public bool MoveNext()
        {
            string? line;
            do
            {
                line = _reader.ReadLine();
                _lineNumber++;
                if (line is null)
                {
                    return false;
                }
            } while (line.Length == 0);

            _line = line;
            _index++;
            var expected = _source.ColumnNames.Count;
            var found = line.AsSpan().Split(_ranges, _source.Separator);
            var foundText = found > expected ? "more" : found.ToString(CultureInfo.InvariantCulture);
            _defect =
                found == expected
                    ? null
                    : new BadRow(
                        _source.Path,
                        _lineNumber,
                        null,
                        BadRowReason.ColumnCount,
                        string.Create(CultureInfo.InvariantCulture, $"expected {expected} cells, found {foundText}")
                    );
            return true;
        }

        public ReadOnlySpan<char> Text(int slot) => _line.AsSpan()[_ranges[_cells[slot]]];

        public bool TryNumber(int slot, out double value) => NumberText.TryParse(Text(slot), out value);

        public void Dispose() => _reader.Dispose();
    }
}

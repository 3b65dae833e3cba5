using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using M3oE.Dsl.Data.Quality;
using M3oE.Dsl.Data.Rows;
using M3oE.Dsl.Data.Schema;
using nietras.SeparatedValues;

namespace M3oE.Dsl.Data.Csv;

/// <summary>One pass over a delimited file; the view reads the Sep row in place.</summary>
internal sealed class CsvRowCursor : IRowCursor, IRowView
{
    private readonly string _path;
    private readonly SepReader _reader;
    private readonly int[] _cells;
    private readonly int _expectedCount;
    private long _index = -1;
    private BadRow? _defect;

    public CsvRowCursor(string path, CsvFormat format, IReadOnlyList<string> columns)
    {
        _path = path;
        var options = Sep.Reader(o =>
            o with
            {
                Sep = new Sep(format.Separator),
                HasHeader = format.HasHeader,
                DisableColCountCheck = true,
                Unescape = true,
                CultureInfo = CultureInfo.InvariantCulture,
            }
        );
        var encoding = format.Encoding ?? Encoding.UTF8;
        _reader =
            encoding.CodePage == Encoding.UTF8.CodePage
                ? options.FromFile(path)
                : options.From(new StreamReader(path, encoding));

        try
        {
            var names = Names(format);
            if (names.Count == 0 || !_reader.HasRows)
            {
                var detail = names.Count == 0 ? "the file is empty" : "the file has a header but no rows";
                throw new DataFormatException(new BadRow(path, 0, null, BadRowReason.EmptyFile, detail));
            }

            _expectedCount = names.Count;
            _cells = new int[columns.Count];
            for (var slot = 0; slot < columns.Count; slot++)
            {
                _cells[slot] = IndexOf(names, columns[slot]);
                if (_cells[slot] < 0)
                {
                    var detail = format.HasHeader
                        ? $"the header has no such column (it has: {string.Join(", ", names)})"
                        : "the format names no such column";
                    throw new DataFormatException(
                        new BadRow(path, 1, columns[slot], BadRowReason.HeaderMismatch, detail)
                    );
                }
            }
        }
        catch
        {
            _reader.Dispose();
            throw;
        }
    }

    public IRowView Current => this;

    public BadRow? Defect => _defect;

    public string SourceName => _path;

    public long Line => _reader.Current.LineNumberFrom;

    public long Index => _index;

    public bool MoveNext()
    {
        if (!_reader.MoveNext())
        {
            return false;
        }

        _index++;
        var count = _reader.Current.ColCount;
        _defect =
            count == _expectedCount
                ? null
                : new BadRow(
                    _path,
                    Line,
                    null,
                    BadRowReason.ColumnCount,
                    string.Create(CultureInfo.InvariantCulture, $"expected {_expectedCount} cells, found {count}")
                );
        return true;
    }

    public ReadOnlySpan<char> Text(int slot) => _reader.Current[_cells[slot]].Span;

    public bool TryNumber(int slot, out double value) => NumberText.TryParse(Text(slot), out value);

    public void Dispose() => _reader.Dispose();

    private IReadOnlyList<string> Names(CsvFormat format)
    {
        if (!format.HasHeader)
        {
            return format.ColumnNames
                ?? throw new ArgumentException("A format without a header must name its columns.", nameof(format));
        }

        return _reader.Header.IsEmpty ? [] : _reader.Header.ColNames;
    }

    private static int IndexOf(IReadOnlyList<string> names, string column)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == column)
            {
                return i;
            }
        }

        return -1;
    }
}

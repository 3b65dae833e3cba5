using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using M3oE.Dsl.Data.Quality;
using M3oE.Dsl.Data.Rows;
using M3oE.Dsl.Data.Schema;
using Parquet;

namespace M3oE.Dsl.Data.Parquet;

/// <summary>One pass over a Parquet file, row group by row group.</summary>
internal sealed class ParquetRowCursor : IRowCursor, IRowView
{
    private readonly string _path;
    private readonly FileStream _stream;
    private readonly ParquetReader _reader;
    private readonly ParquetColumn[] _columns;
    private int _group = -1;
    private int _row = -1;
    private int _groupRows;
    private long _index = -1;

    public ParquetRowCursor(string path, IReadOnlyList<string> columns)
    {
        _path = path;
        _stream = File.OpenRead(path);
        try
        {
            if (_stream.Length == 0)
            {
                throw new DataFormatException(new BadRow(path, 0, null, BadRowReason.EmptyFile, "the file is empty"));
            }

            _reader = Task.Run(() => ParquetReader.CreateAsync(_stream)).GetAwaiter().GetResult();
            var fields = _reader.Schema.GetDataFields();
            _columns = new ParquetColumn[columns.Count];
            for (var slot = 0; slot < columns.Count; slot++)
            {
                var field = fields.FirstOrDefault(f => f.Name == columns[slot])
                    ?? throw new DataFormatException(
                        new BadRow(
                            path,
                            0,
                            columns[slot],
                            BadRowReason.HeaderMismatch,
                            $"the file has no such column (it has: {string.Join(", ", fields.Select(f => f.Name))})"
                        )
                    );
                _columns[slot] = new ParquetColumn(field);
            }

            var rows = Enumerable.Range(0, _reader.RowGroupCount).Sum(g => _reader.RowGroups[g].RowCount);
            if (rows == 0)
            {
                throw new DataFormatException(
                    new BadRow(path, 0, null, BadRowReason.EmptyFile, "the file has no rows")
                );
            }
        }
        catch
        {
            _reader?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _stream.Dispose();
            throw;
        }
    }

    public IRowView Current => this;

    public BadRow? Defect => null;

    public string SourceName => _path;

    public long Line => _index + 1;

    public long Index => _index;

    public bool MoveNext()
    {
        while (++_row >= _groupRows)
        {
            if (++_group >= _reader.RowGroupCount)
            {
                return false;
            }

            LoadGroup(_group);
        }

        _index++;
        return true;
    }

    public ReadOnlySpan<char> Text(int slot) => _columns[slot].Text(_row);

    public bool TryNumber(int slot, out double value) => _columns[slot].TryNumber(_row, out value);

    public void Dispose()
    {
        _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _stream.Dispose();
    }

    private void LoadGroup(int group)
    {
        Task.Run(async () =>
            {
                using var reader = _reader.OpenRowGroupReader(group);
                foreach (var column in _columns)
                {
                    await column.LoadAsync(reader);
                }

                _groupRows = (int)reader.RowCount;
            })
            .GetAwaiter()
            .GetResult();
        _row = -1;
    }
}

using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Data.Quality;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.Rows;

/// <summary>Several sources read one after the other; row indexes run on across them.</summary>
public sealed class ConcatenatedRowSource : IRowSource
{
    private readonly IReadOnlyList<IRowSource> _sources;

    /// <summary>Creates the concatenation of <paramref name="sources"/>.</summary>
    public ConcatenatedRowSource(IReadOnlyList<IRowSource> sources)
    {
        _sources = sources;
    }

    /// <inheritdoc />
    public string Description => string.Join(" + ", _sources.Select(s => s.Description));

    /// <inheritdoc />
    public IRowCursor Open(IReadOnlyList<string> columns) => new Cursor(_sources, columns);

    private sealed class Cursor : IRowCursor, IRowView
    {
        private readonly IReadOnlyList<IRowSource> _sources;
        private readonly IReadOnlyList<string> _columns;
        private IRowCursor? _inner;
        private int _next;
        private long _index = -1;

        public Cursor(IReadOnlyList<IRowSource> sources, IReadOnlyList<string> columns)
        {
            _sources = sources;
            _columns = columns;
        }

        public IRowView Current => this;

        public BadRow? Defect => _inner!.Defect;

        public string SourceName => _inner!.SourceName;

        public long Line => _inner!.Current.Line;

        public long Index => _index;

        public System.ReadOnlySpan<char> Text(int slot) => _inner!.Current.Text(slot);

        public bool TryNumber(int slot, out double value) => _inner!.Current.TryNumber(slot, out value);

        public bool MoveNext()
        {
            while (true)
            {
                if (_inner is not null && _inner.MoveNext())
                {
                    _index++;
                    return true;
                }

                if (_next == _sources.Count)
                {
                    return false;
                }

                _inner?.Dispose();
                _inner = _sources[_next++].Open(_columns);
            }
        }

        public void Dispose() => _inner?.Dispose();
    }
}

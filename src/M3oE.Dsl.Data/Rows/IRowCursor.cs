using System;
using M3oE.Dsl.Data.Quality;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.Rows;

/// <summary>A forward-only pass over the rows of a source.</summary>
public interface IRowCursor : IDisposable
{
    /// <summary>The current row; valid until the next <see cref="MoveNext"/>.</summary>
    IRowView Current { get; }

    /// <summary>A structural problem of the current row (a wrong number of cells), or null. A row with a
    /// defect must not be read further.</summary>
    BadRow? Defect { get; }

    /// <summary>The file the current row comes from, for messages.</summary>
    string SourceName { get; }

    /// <summary>Advances to the next row; false at the end.</summary>
    bool MoveNext();
}

using System;

namespace M3oE.Dsl.Data.Schema;

/// <summary>
/// Typed access to the current row of a reader. Columns are addressed by slot: the position of the column in
/// the list the reader was opened with, resolved once from the header, so no name is looked up per row.
/// A view is only valid until the reader moves on.
/// </summary>
public interface IRowView
{
    /// <summary>The 1-based line number of the row in its file (for sources without lines, the 1-based row
    /// number), used in error messages.</summary>
    long Line { get; }

    /// <summary>The 0-based index of the data row within its source, independent of any shuffling.</summary>
    long Index { get; }

    /// <summary>The text of a cell, without surrounding quotes.</summary>
    ReadOnlySpan<char> Text(int slot);

    /// <summary>Parses a cell as a number with the invariant culture; false when it is empty or unparsable.</summary>
    bool TryNumber(int slot, out double value);
}

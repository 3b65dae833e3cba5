using System.Collections.Generic;

namespace M3oE.Dsl.Data.Rows;

/// <summary>
/// Rows that can be read any number of times, each time from the start, holding at most a bounded part of
/// them in memory.
/// </summary>
public interface IRowSource
{
    /// <summary>The file or files read, for messages.</summary>
    string Description { get; }

    /// <summary>
    /// Opens a pass that exposes <paramref name="columns"/> at slots 0..n-1. Throws
    /// <see cref="Quality.DataFormatException"/> when the source is empty or lacks one of the columns.
    /// </summary>
    IRowCursor Open(IReadOnlyList<string> columns);
}

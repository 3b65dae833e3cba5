using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace M3oE.Dsl.Data.Quality;

/// <summary>
/// The rows left out under <see cref="BadRowPolicy.Skip"/>: counts by reason, and each bad row with its
/// position up to <see cref="MaxListed"/> rows (counts stay exact beyond that).
/// </summary>
public sealed class BadRowReport
{
    private readonly Dictionary<BadRowReason, long> _counts = [];
    private readonly List<BadRow> _rows = [];

    /// <summary>Creates an empty report.</summary>
    public BadRowReport(int maxListed = 100_000)
    {
        MaxListed = maxListed;
    }

    /// <summary>How many bad rows are kept with their position.</summary>
    public int MaxListed { get; }

    /// <summary>The number of bad rows.</summary>
    public long Total { get; private set; }

    /// <summary>The number of bad rows for each reason that occurred.</summary>
    public IReadOnlyDictionary<BadRowReason, long> Counts => _counts;

    /// <summary>The bad rows in reading order, at most <see cref="MaxListed"/>.</summary>
    public IReadOnlyList<BadRow> Rows => _rows;

    /// <summary>Records one bad row.</summary>
    public void Add(BadRow row)
    {
        Total++;
        _counts[row.Reason] = _counts.GetValueOrDefault(row.Reason) + 1;
        if (_rows.Count < MaxListed)
        {
            _rows.Add(row);
        }
    }

    /// <summary>A few lines: the total, the count of each reason and the first rows.</summary>
    public string Summary(int firstRows = 10)
    {
        if (Total == 0)
        {
            return "No bad rows.";
        }

        var text = new StringBuilder();
        text.Append(FormattableString.Invariant($"{Total} bad rows skipped: "));
        text.AppendJoin(
            ", ",
            _counts.OrderBy(p => p.Key).Select(p => FormattableString.Invariant($"{p.Key} {p.Value}"))
        );
        text.Append('.');
        foreach (var row in _rows.Take(firstRows))
        {
            text.Append('\n').Append(row);
        }

        return text.ToString();
    }
}

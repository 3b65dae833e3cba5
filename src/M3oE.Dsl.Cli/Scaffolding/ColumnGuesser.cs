using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace M3oE.Dsl.Cli.Scaffolding;

/// <summary>Guesses the kind of every column of a <see cref="CsvSample"/> from its values.</summary>
internal static class ColumnGuesser
{
    private const int MostDomains = 10;

    /// <summary>Words that, in a column's name, say that its values are domains.</summary>
    private static readonly string[] DomainWords =
    [
        "domain",
        "scenario",
        "country",
        "region",
        "market",
        "site",
        "tab",
        "segment",
        "channel",
        "platform",
    ];

    public static List<ColumnGuess> Guess(CsvSample sample)
    {
        var taken = new HashSet<string>();
        var columns = new List<(string Header, string Name, List<string> Values, List<string> Distinct)>();
        for (var index = 0; index < sample.Headers.Count; index++)
        {
            var header = sample.Headers[index];
            var values = sample.Column(index).Where(v => v.Length > 0).ToList();
            columns.Add((header, SpecNames.Make(header, "c", taken), values, values.Distinct().ToList()));
        }

        var domain = DomainColumn(columns.Select(c => (c.Header, c.Values, c.Distinct)).ToList());
        var guesses = new List<ColumnGuess>();
        for (var index = 0; index < columns.Count; index++)
        {
            var (header, name, values, distinct) = columns[index];
            var (kind, reason) =
                index == domain
                    ? (ColumnKind.Domain, $"{distinct.Count} values in {sample.Rows.Count} rows: the domains")
                    : Kind(values, distinct, sample.Rows.Count);
            guesses.Add(
                new ColumnGuess(
                    header,
                    name,
                    kind,
                    reason,
                    kind == ColumnKind.Domain ? distinct.Order(System.StringComparer.Ordinal).ToList() : []
                )
            );
        }

        return guesses;
    }

    /// <summary>
    /// The index of the domain column, or -1: among the columns with 2 to 10 values that are not 0/1 labels, the
    /// first whose name holds the earliest domain word of the list; without one, the text column with the
    /// fewest values.
    /// </summary>
    private static int DomainColumn(List<(string Header, List<string> Values, List<string> Distinct)> columns)
    {
        var candidates = columns
            .Select((c, index) => (c.Header, c.Values, c.Distinct, Index: index))
            .Where(c => c.Distinct.Count is >= 2 and <= MostDomains)
            .Where(c => !c.Distinct.All(v => v is "0" or "1"))
            .Where(c => c.Distinct.All(IsDomainValue))
            .ToList();
        foreach (var word in DomainWords)
        {
            var named = candidates.FirstOrDefault(c =>
                c.Header.Contains(word, System.StringComparison.OrdinalIgnoreCase)
            );
            if (named.Header is not null)
            {
                return named.Index;
            }
        }

        var text = candidates
            .Where(c => !c.Values.All(IsNumber))
            .OrderBy(c => c.Distinct.Count)
            .ThenBy(c => c.Index)
            .ToList();
        return text.Count > 0 ? text[0].Index : -1;
    }

    private static (ColumnKind Kind, string Reason) Kind(List<string> values, List<string> distinct, int rows)
    {
        if (values.Count == 0)
        {
            return (ColumnKind.Empty, $"left out: no value in {rows} rows");
        }

        if (values.All(IsInteger))
        {
            return distinct.All(v => v is "0" or "1")
                ? (ColumnKind.Label, $"only 0 and 1 in {rows} rows: a label")
                : (ColumnKind.Sparse, $"integers ({distinct.Count} values in {rows} rows): ids");
        }

        if (values.All(IsNumber))
        {
            return (ColumnKind.Dense, $"numbers with fractions ({distinct.Count} values in {rows} rows)");
        }

        return (ColumnKind.Sparse, $"text ({distinct.Count} values in {rows} rows)");
    }

    private static bool IsInteger(string value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    private static bool IsNumber(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static bool IsDomainValue(string value) => value.All(c => !char.IsControl(c));
}

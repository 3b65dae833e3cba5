using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace M3oE.Dsl.Cli.Scaffolding;

/// <summary>Guesses the kind of every column of a <see cref="CsvSample"/> from its values.</summary>
internal static class ColumnGuesser
{
    private const int MostDomains = 10;

    public static List<ColumnGuess> Guess(CsvSample sample)
    {
        var taken = new HashSet<string>();
        var guesses = new List<ColumnGuess>();
        var domainTaken = false;
        for (var index = 0; index < sample.Headers.Count; index++)
        {
            var header = sample.Headers[index];
            var name = SpecNames.Make(header, "c", taken);
            var values = sample.Column(index).Where(v => v.Length > 0).ToList();
            var distinct = values.Distinct().ToList();
            var guess = Kind(values, distinct, ref domainTaken, sample.Rows.Count);
            guesses.Add(new ColumnGuess(
                header,
                name,
                guess.Kind,
                guess.Reason,
                guess.Kind == ColumnKind.Domain ? distinct.Order(System.StringComparer.Ordinal).ToList() : []
            ));
        }

        return guesses;
    }

    private static (ColumnKind Kind, string Reason) Kind(
        List<string> values,
        List<string> distinct,
        ref bool domainTaken,
        int rows
    )
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

        if (!domainTaken && distinct.Count is >= 2 and <= MostDomains && distinct.All(IsDomainValue))
        {
            domainTaken = true;
            return (ColumnKind.Domain, $"text with {distinct.Count} values in {rows} rows: the domains");
        }

        return (ColumnKind.Sparse, $"text ({distinct.Count} values in {rows} rows)");
    }

    private static bool IsInteger(string value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    private static bool IsNumber(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static bool IsDomainValue(string value) => value.All(c => !char.IsControl(c));
}

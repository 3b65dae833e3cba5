using System;
using System.Collections.Generic;
using System.Linq;

namespace M3oE.Dsl.Data.Schema;

/// <summary>The domain is chosen by the value of one column; a value in no list makes the row bad.</summary>
public sealed record ColumnDomainSpec : DomainSpec
{
    /// <summary>Creates a domain definition over <paramref name="column"/>.</summary>
    public ColumnDomainSpec(string column, IReadOnlyList<DomainValues> domains)
    {
        if (domains.Count == 0)
        {
            throw new ArgumentException("At least one domain is needed.", nameof(domains));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in domains.SelectMany(d => d.Values))
        {
            if (!seen.Add(value))
            {
                throw new ArgumentException($"The value '{value}' is listed for two domains.", nameof(domains));
            }
        }

        Column = column;
        Domains = domains;
    }

    public string Column { get; }

    public IReadOnlyList<DomainValues> Domains { get; }

    /// <inheritdoc />
    public override IReadOnlyList<string> Names => Domains.Select(d => d.Name).ToArray();

    /// <inheritdoc />
    public override IReadOnlyList<string> Columns => [Column];

    /// <summary>One domain per distinct value, named after it.</summary>
    public static ColumnDomainSpec PerValue(string column, params string[] values) =>
        new(column, values.Select(v => new DomainValues(v, [v])).ToArray());

    /// <inheritdoc />
    public override string Describe() =>
        $"column({Column};{string.Join(";", Domains.Select(d => d.Name + "=" + string.Join(",", d.Values)))})";
}

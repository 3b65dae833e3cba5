using System;
using System.Collections.Generic;
using System.Linq;

namespace M3oE.Dsl.Data.Schema;

/// <summary>
/// The domain is the first whose predicate holds. Predicates see only the columns listed here, at slots
/// 0..n-1 in list order, so that compiled conditions never look a column up by name. A row that no predicate
/// accepts is bad (unknown domain).
/// </summary>
public sealed record PredicateDomainSpec : DomainSpec
{
    /// <summary>Creates a predicate domain definition.</summary>
    public PredicateDomainSpec(IReadOnlyList<string> columns, IReadOnlyList<DomainPredicate> domains)
    {
        if (domains.Count == 0)
        {
            throw new ArgumentException("At least one domain is needed.", nameof(domains));
        }

        ReadColumns = columns;
        Domains = domains;
    }

    /// <summary>The columns the predicates read, in slot order.</summary>
    public IReadOnlyList<string> ReadColumns { get; }

    public IReadOnlyList<DomainPredicate> Domains { get; }

    /// <inheritdoc />
    public override IReadOnlyList<string> Names => Domains.Select(d => d.Name).ToArray();

    /// <inheritdoc />
    public override IReadOnlyList<string> Columns => ReadColumns;

    /// <inheritdoc />
    public override string Describe() =>
        $"predicate({string.Join(",", ReadColumns)};{string.Join(",", Domains.Select(d => d.Name))})";
}

using System.Collections.Generic;

namespace M3oE.Dsl.Data.Schema;

/// <summary>How a row's domain index (0..D-1) is found.</summary>
public abstract record DomainSpec
{
    /// <summary>The domain names in index order.</summary>
    public abstract IReadOnlyList<string> Names { get; }

    /// <summary>The columns the domain is read from.</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    /// <summary>A canonical text of the definition; delegates are described by domain name only.</summary>
    public abstract string Describe();
}

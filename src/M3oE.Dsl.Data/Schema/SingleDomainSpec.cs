using System.Collections.Generic;

namespace M3oE.Dsl.Data.Schema;

/// <summary>Every row belongs to one domain.</summary>
/// <param name="Name">The domain name.</param>
public sealed record SingleDomainSpec(string Name) : DomainSpec
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names => [Name];

    /// <inheritdoc />
    public override IReadOnlyList<string> Columns => [];

    /// <inheritdoc />
    public override string Describe() => $"single({Name})";
}

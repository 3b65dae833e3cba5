using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Language.Model;

/// <summary>The domains, the column that defines them and whether the domain is also an input feature.</summary>
public sealed record DomainSetSpec(string Column, bool AsFeature, EquatableArray<DomainSpec> Domains);

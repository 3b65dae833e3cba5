using System;

namespace M3oE.Dsl.Data.Schema;

/// <summary>A domain selected by a condition over a row.</summary>
/// <param name="Name">The domain name.</param>
/// <param name="Matches">The condition. Its view's slots are the positions in
/// <see cref="PredicateDomainSpec.Columns"/>.</param>
public sealed record DomainPredicate(string Name, Func<IRowView, bool> Matches);

using System.Collections.Generic;

namespace M3oE.Dsl.Data.Schema;

/// <summary>A domain and the column values that belong to it.</summary>
/// <param name="Name">The domain name.</param>
/// <param name="Values">The cell texts (compared exactly) that select this domain.</param>
public sealed record DomainValues(string Name, IReadOnlyList<string> Values);

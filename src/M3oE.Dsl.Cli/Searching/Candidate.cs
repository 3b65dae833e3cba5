using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Cli.Searching;

/// <summary>One point of a model's search spaces: for every space, the index of the chosen alternative.</summary>
internal sealed record Candidate(IReadOnlyList<int> Choices)
{
    /// <summary>The chosen values, <c>path=value</c>, in the order of the spaces.</summary>
    public string Describe(IReadOnlyList<SearchSpaceSpec> spaces) =>
        spaces.Count == 0
            ? "(the spec as written)"
            : string.Join(", ", spaces.Select((space, i) => $"{space.Path}={space.Texts[Choices[i]]}"));

    /// <summary>The chosen values by path, as written.</summary>
    public IReadOnlyDictionary<string, string> Values(IReadOnlyList<SearchSpaceSpec> spaces) =>
        spaces.Select((space, i) => (space.Path, Text: space.Texts[Choices[i]])).ToDictionary(p => p.Path, p => p.Text);

    public bool Equals(Candidate? other) => other is not null && Choices.SequenceEqual(other.Choices);

    public override int GetHashCode() => Choices.Aggregate(17, (hash, choice) => (hash * 31) + choice);
}

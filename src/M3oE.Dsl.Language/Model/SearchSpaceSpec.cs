using System;
using M3oE.Dsl.Language.Collections;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Model;

/// <summary>
/// A discrete search space: the setting it varies, named by a path such as <c>experts.shared.count</c> or
/// <c>train.lr</c>, and its choices. The model itself holds the first choice.
/// </summary>
/// <remarks>
/// Where the space is written (<see cref="File"/>, <see cref="Span"/>, <see cref="Texts"/>) lets a tool write a
/// concrete spec with one choice in its place. It is not part of the space's identity: two models that differ
/// only in where their spaces stand are equal, so moving text around re-emits nothing.
/// </remarks>
public sealed record SearchSpaceSpec(string Path, EquatableArray<double> Choices)
{
    /// <summary>The path of the file the space is written in, as the compiler was given it.</summary>
    public string File { get; init; } = string.Empty;

    /// <summary>The span of the whole <c>A | B | C</c> text in <see cref="File"/>.</summary>
    public TextSpan Span { get; init; }

    /// <summary>Each choice as written (<c>1e-3</c> stays so), in the order of <see cref="Choices"/>.</summary>
    public EquatableArray<string> Texts { get; init; } = EquatableArray<string>.Empty;

    public bool Equals(SearchSpaceSpec? other) =>
        other is not null && Path == other.Path && Choices.Equals(other.Choices);

    public override int GetHashCode()
    {
        unchecked
        {
            return (StringComparer.Ordinal.GetHashCode(Path) * 397) ^ Choices.GetHashCode();
        }
    }
}

using System;
using System.Linq;
using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Generator.Declarations;

/// <summary>
/// One model attribute on a class (<c>[Sparse("user_id", Dim = 16)]</c>): its name without the
/// <c>Attribute</c> suffix, its location, its constructor arguments and its named arguments in the order
/// written.
/// </summary>
internal sealed record DeclaredAttribute(
    string Name,
    SourceSpan Location,
    EquatableArray<ArgumentValue> Positional,
    EquatableArray<AttributeArgument> Named
)
{
    /// <summary>The constructor argument at <paramref name="index"/>, or null when there is none.</summary>
    public ArgumentValue? At(int index) => index < Positional.Count ? Positional[index] : null;

    /// <summary>The named argument <paramref name="name"/>, or null when it is not given.</summary>
    public AttributeArgument? Find(string name) =>
        Named.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal));
}

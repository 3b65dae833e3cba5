using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Generator.Declarations;

/// <summary>
/// One attribute argument as data. Numbers are already written under the invariant culture, in the form
/// the spec language reads; an array keeps its items.
/// </summary>
internal sealed record ArgumentValue(ArgumentKind Kind, string Text, EquatableArray<ArgumentValue> Items)
{
    public bool IsTrue => Kind == ArgumentKind.Boolean && Text == "true";
}

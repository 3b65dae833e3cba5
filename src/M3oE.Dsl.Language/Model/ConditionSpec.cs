using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Language.Model;

/// <summary>
/// A checked condition over a row. <see cref="Column"/>, <see cref="Operator"/> and <see cref="Values"/>
/// are set for comparisons, lists and labels; <see cref="Operands"/> for <c>and</c>, <c>or</c> and <c>not</c>.
/// </summary>
public sealed record ConditionSpec(
    ConditionKind Kind,
    string? Column,
    string? Operator,
    EquatableArray<LiteralSpec> Values,
    EquatableArray<ConditionSpec> Operands
);

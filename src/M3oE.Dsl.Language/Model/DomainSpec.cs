using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Language.Model;

/// <summary>
/// One domain with its rule: values of the domain column, a condition, or <c>otherwise</c>. Rows go to the
/// first domain whose rule matches.
/// </summary>
public sealed record DomainSpec(
    string Name,
    string CSharpName,
    int Index,
    EquatableArray<LiteralSpec> Values,
    ConditionSpec? Condition,
    bool Otherwise
);

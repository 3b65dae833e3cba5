namespace M3oE.Dsl.Language.Model;

/// <summary>The node kinds of a condition.</summary>
public enum ConditionKind
{
    Compare,
    In,
    NotIn,
    And,
    Or,
    Not,
    Label,
}

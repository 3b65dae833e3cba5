using System;

namespace M3oE.Dsl.Data.Schema;

/// <summary>
/// A task label read from a numeric column. With a condition the label is 1 where the condition holds
/// (for example rating &gt; 3); without one the column must hold 0 or 1. An empty cell is a missing label.
/// </summary>
/// <param name="Name">The task name.</param>
/// <param name="Column">The column read.</param>
/// <param name="Condition">The compiled condition, or null for a 0/1 column.</param>
/// <param name="ConditionText">A text of the condition, used in the schema hash (for example "&gt; 3").</param>
public sealed record TaskSpec(
    string Name,
    string Column,
    Func<double, bool>? Condition = null,
    string? ConditionText = null
)
{
    /// <summary>A canonical text of the label definition.</summary>
    public string Describe() => $"task({Name};{Column};{ConditionText ?? (Condition is null ? "0/1" : "condition")})";
}

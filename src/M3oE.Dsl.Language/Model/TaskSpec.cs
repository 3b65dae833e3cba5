using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Language.Model;

/// <summary>A task: its label rule, its weight in the loss and the metrics reported for it.</summary>
public sealed record TaskSpec(
    string Name,
    string CSharpName,
    int Index,
    TaskKind Kind,
    ConditionSpec Label,
    double Weight,
    EquatableArray<string> Metrics
);

namespace M3oE.Dsl.Language.Model;

/// <summary>How rows are split: by seeded ratio, in order, or by the value of a column.</summary>
public sealed record SplitSpec(SplitKind Kind, double Train, double Validation, double Test, string? Column);

namespace M3oE.Dsl.Language.Model;

/// <summary>
/// One fusion weight: learned (a sigmoid of a scalar starting at <see cref="Value"/>), fixed at
/// <see cref="Value"/>, or replaced by concatenation or a gate.
/// </summary>
public sealed record FusionWeightSpec(FusionMode Mode, double Value);

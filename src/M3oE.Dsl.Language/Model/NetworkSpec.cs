using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Language.Model;

/// <summary>
/// A stack of linear layers of the given widths, each followed by normalisation, activation and dropout.
/// </summary>
public sealed record NetworkSpec(EquatableArray<int> Widths, LayerNorm Norm, Activation Activation, double Dropout);

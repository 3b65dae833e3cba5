namespace M3oE.Dsl.Language.Model;

/// <summary>The loss: binary cross-entropy, summed over (domain, task) cell means or averaged over rows.</summary>
public sealed record LossSpec(string Kind, LossReduction Reduction);

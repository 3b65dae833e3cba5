using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Models;

/// <summary>The intermediate values of one M3oE forward pass (cell index i = t * D + d).</summary>
/// <param name="Input">e, [B, F].</param>
/// <param name="Representation">h, [B, H2].</param>
/// <param name="SharedExperts">S_all, [B, N, E].</param>
/// <param name="Gates">The gate weights of every cell, [B, T * D, N].</param>
/// <param name="Shared">S_i, [B, T * D, E].</param>
/// <param name="DomainExperts">Dexp, [B, D, E], or null without a domain pool.</param>
/// <param name="TaskExperts">Texp, [B, T, E], or null without a task pool.</param>
/// <param name="DomainFused">Dfused, [B, D, E], or null.</param>
/// <param name="TaskFused">Tfused, [B, T, E], or null.</param>
/// <param name="Fused">hbar, [B, T * D, W].</param>
/// <param name="CellLogits">The logit of every tower, [B, T * D].</param>
/// <param name="Logits">The logits of each row's own domain, [B, T].</param>
public sealed record M3oETrace(
    Tensor Input,
    Tensor Representation,
    Tensor SharedExperts,
    Tensor Gates,
    Tensor Shared,
    Tensor? DomainExperts,
    Tensor? TaskExperts,
    Tensor? DomainFused,
    Tensor? TaskFused,
    Tensor Fused,
    Tensor CellLogits,
    Tensor Logits
);

namespace M3oE.Dsl.Benchmarks.Flops;

/// <summary>One matrix product of the forward pass and its floating-point operations per input row.</summary>
/// <param name="Name">The part of the model, as the docs name it.</param>
/// <param name="ForwardPerRow">2 x multiply-adds of the product for one row (a multiply and an add each).</param>
public sealed record FlopTerm(string Name, long ForwardPerRow);

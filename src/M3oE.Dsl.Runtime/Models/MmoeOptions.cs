using M3oE.Dsl.Runtime.Modules;

namespace M3oE.Dsl.Runtime.Models;

/// <summary>MMoE for many domains and tasks: shared experts, one gate and one tower per (domain, task).</summary>
public sealed record MmoeOptions
{
    /// <summary>The number of domains D.</summary>
    public required int Domains { get; init; }

    /// <summary>The number of tasks T.</summary>
    public required int Tasks { get; init; }

    /// <summary>The input layer.</summary>
    public required InputOptions Input { get; init; }

    /// <summary>The number of experts N.</summary>
    public int Experts { get; init; } = 4;

    /// <summary>The layers of every expert.</summary>
    public MlpOptions Expert { get; init; } = new(new[] { 256, 64 });

    /// <summary>The gates.</summary>
    public GateOptions Gate { get; init; } = new();

    /// <summary>The hidden layers of every tower.</summary>
    public MlpOptions Tower { get; init; } = new(new[] { 64 });
}

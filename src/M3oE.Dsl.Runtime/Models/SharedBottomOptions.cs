using M3oE.Dsl.Runtime.Modules;

namespace M3oE.Dsl.Runtime.Models;

/// <summary>Shared-Bottom for many domains and tasks: one shared MLP, one tower per (domain, task).</summary>
public sealed record SharedBottomOptions
{
    /// <summary>The number of domains D.</summary>
    public required int Domains { get; init; }

    /// <summary>The number of tasks T.</summary>
    public required int Tasks { get; init; }

    /// <summary>The input layer.</summary>
    public required InputOptions Input { get; init; }

    /// <summary>The shared bottom.</summary>
    public MlpOptions Bottom { get; init; } = new(new[] { 256, 128 });

    /// <summary>The hidden layers of every tower.</summary>
    public MlpOptions Tower { get; init; } = new(new[] { 64 });
}

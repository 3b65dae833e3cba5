using M3oE.Dsl.Runtime.Modules;

namespace M3oE.Dsl.Runtime.Models;

/// <summary>PLE for many domains and tasks: CGC levels whose "tasks" are the (domain, task) cells.</summary>
public sealed record PleOptions
{
    /// <summary>The number of domains D.</summary>
    public required int Domains { get; init; }

    /// <summary>The number of tasks T.</summary>
    public required int Tasks { get; init; }

    /// <summary>The input layer.</summary>
    public required InputOptions Input { get; init; }

    /// <summary>The number of CGC levels.</summary>
    public int Levels { get; init; } = 2;

    /// <summary>Shared experts per level.</summary>
    public int SharedExperts { get; init; } = 2;

    /// <summary>Specific experts per cell and level.</summary>
    public int SpecificExperts { get; init; } = 1;

    /// <summary>The layers of every expert.</summary>
    public MlpOptions Expert { get; init; } = new(new[] { 64 });

    /// <summary>The gates.</summary>
    public GateOptions Gate { get; init; } = new();

    /// <summary>The hidden layers of every tower.</summary>
    public MlpOptions Tower { get; init; } = new(new[] { 64 });
}

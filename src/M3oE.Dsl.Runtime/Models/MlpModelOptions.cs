using M3oE.Dsl.Runtime.Modules;

namespace M3oE.Dsl.Runtime.Models;

/// <summary>A plain MLP over the input with one output logit per task; domains only enter as features.</summary>
public sealed record MlpModelOptions
{
    /// <summary>The number of domains D.</summary>
    public required int Domains { get; init; }

    /// <summary>The number of tasks T.</summary>
    public required int Tasks { get; init; }

    /// <summary>The input layer.</summary>
    public required InputOptions Input { get; init; }

    /// <summary>The hidden layers.</summary>
    public MlpOptions Hidden { get; init; } = new(new[] { 256, 128 });
}

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>The configuration of one fusion level.</summary>
/// <param name="Mode">How the level combines its inputs.</param>
/// <param name="FixedValue">The weight used in <see cref="FusionMode.Fixed"/> mode.</param>
/// <param name="InitialRaw">The raw (pre-sigmoid) start value in <see cref="FusionMode.Learned"/> mode;
/// 1.0 gives sigmoid(1) = 0.731.</param>
/// <param name="Gate">The gate configuration in <see cref="FusionMode.Gate"/> mode.</param>
public sealed record FusionOptions(
    FusionMode Mode = FusionMode.Learned,
    double FixedValue = 0.5,
    double InitialRaw = 1.0,
    GateOptions? Gate = null
)
{
    /// <summary>Learned scalars starting at raw value 1.0.</summary>
    public static FusionOptions Learned { get; } = new(FusionMode.Learned);

    /// <summary>Fixed weights of 0.5, as in the ablation without structure search.</summary>
    public static FusionOptions FixedHalf { get; } = new(FusionMode.Fixed, 0.5);
}

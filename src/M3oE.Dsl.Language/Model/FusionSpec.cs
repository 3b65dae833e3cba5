namespace M3oE.Dsl.Language.Model;

/// <summary>
/// The two fusion levels. Level 1 mixes each domain (task) expert with the others; level 2 adds the fused
/// domain and task modules to the shared part, or concatenates or gates the modules when
/// <see cref="Level2Mode"/> says so. A weight is null when its pool is absent.
/// </summary>
public sealed record FusionSpec(
    FusionWeightSpec? Level1Domain,
    FusionWeightSpec? Level1Task,
    FusionMode Level2Mode,
    FusionWeightSpec? Level2Domain,
    FusionWeightSpec? Level2Task
);

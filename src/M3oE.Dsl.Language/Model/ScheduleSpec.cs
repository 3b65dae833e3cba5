namespace M3oE.Dsl.Language.Model;

/// <summary>
/// A learning-rate schedule: constant, step (every <see cref="Every"/> epochs times <see cref="Gamma"/>)
/// or cosine.
/// </summary>
public sealed record ScheduleSpec(ScheduleKind Kind, int Every, double Gamma);

namespace M3oE.Dsl.Language.Model;

/// <summary>The learning-rate schedule.</summary>
public enum ScheduleKind
{
    Constant,
    Step,
    Cosine,
}

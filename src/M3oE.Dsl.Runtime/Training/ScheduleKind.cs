namespace M3oE.Dsl.Runtime.Training;

/// <summary>The shape of a learning-rate schedule.</summary>
public enum ScheduleKind
{
    /// <summary>The base rate throughout.</summary>
    Constant,

    /// <summary>The rate times gamma every step-size epochs.</summary>
    Step,

    /// <summary>Cosine annealing from the base rate to the minimum over the epochs.</summary>
    Cosine,
}

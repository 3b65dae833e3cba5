using System;

namespace M3oE.Dsl.Runtime.Training;

/// <summary>
/// A learning-rate schedule evaluated per epoch; a pure function of the epoch, so resuming is exact.
/// </summary>
/// <param name="Kind">The shape.</param>
/// <param name="StepSize">Epochs between decays (step schedule).</param>
/// <param name="Gamma">The decay factor (step schedule).</param>
/// <param name="MinimumRate">The final rate (cosine schedule).</param>
public sealed record LearningRateSchedule(
    ScheduleKind Kind = ScheduleKind.Constant,
    int StepSize = 10,
    double Gamma = 0.1,
    double MinimumRate = 0.0
)
{
    /// <summary>No schedule.</summary>
    public static LearningRateSchedule Constant { get; } = new();

    /// <summary>The learning rate of <paramref name="epoch"/> (0-based) out of <paramref name="epochs"/>.</summary>
    public double RateAt(double baseRate, int epoch, int epochs) =>
        Kind switch
        {
            ScheduleKind.Constant => baseRate,
            ScheduleKind.Step => baseRate * Math.Pow(Gamma, epoch / Math.Max(1, StepSize)),
            ScheduleKind.Cosine => MinimumRate
                + (baseRate - MinimumRate) * (1 + Math.Cos(Math.PI * epoch / Math.Max(1, epochs))) / 2,
            _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
        };
}

using System.Collections.Generic;
using System.Diagnostics;
using M3oE.Dsl.Benchmarks.Workloads;
using M3oE.Dsl.Runtime.Data;

namespace M3oE.Dsl.Benchmarks.HandWritten;

/// <summary>Times the hand-written model's steps the same way as the generated model's.</summary>
public sealed class HandWrittenTraining
{
    private readonly HandWrittenTrainer trainer;

    public HandWrittenTraining(HandWrittenTrainer trainer)
    {
        this.trainer = trainer;
    }

    /// <summary>Trains <paramref name="steps"/>steps on copies of <paramref name="batch"/>; steps per second.</summary>
    public double StepsPerSecond(Batch batch, int steps)
    {
        var stamps = new List<long>(steps);
        for (var i = 0; i < steps; i++)
        {
            using (var copy = RandomBatches.Alias(batch))
            {
                trainer.Step(copy);
            }

            stamps.Add(Stopwatch.GetTimestamp());
        }

        return StepRate.FromTimestamps(stamps);
    }
}

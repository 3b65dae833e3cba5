using System.Collections.Generic;
using System.Diagnostics;
using M3oE.Dsl.Benchmarks.Hosting;
using M3oE.Dsl.Runtime.Data;
using M3oE.Dsl.Runtime.Training;
using TorchSharp;

namespace M3oE.Dsl.Benchmarks.Workloads;

/// <summary>
/// Trains a generated model the way the product does: the generated factory's trainer with the spec's options
/// (one epoch per call), timed from the trainer's step events so that only the training steps count, not the
/// epoch's evaluation or structure step.
/// </summary>
public sealed class GeneratedTraining
{
    private readonly Trainer trainer;
    private readonly Batch validation;
    private readonly List<long> stamps = new();

    public GeneratedTraining(IGeneratedModel generated, torch.nn.Module model, Batch validation)
    {
        this.validation = validation;
        trainer = generated.CreateTrainer(model, generated.CreateTrainerOptions() with { Epochs = 1 });
        trainer.StepCompleted += (_, _) => stamps.Add(Stopwatch.GetTimestamp());
    }

    /// <summary>Trains one epoch of <paramref name="steps"/> copies of <paramref name="batch"/>; steps per
    /// second.</summary>
    public double StepsPerSecond(Batch batch, int steps)
    {
        stamps.Clear();
        trainer.Fit(new RepeatedBatchSource(batch, steps), new RepeatedBatchSource(validation, 1));
        return StepRate.FromTimestamps(stamps);
    }
}

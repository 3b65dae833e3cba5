using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Benchmarks.HandWritten;
using M3oE.Dsl.Benchmarks.Statistics;
using M3oE.Dsl.Benchmarks.Workloads;
using TorchSharp;

namespace M3oE.Dsl.Benchmarks.Suites;

/// <summary>
/// Training steps per second of the generated model against the hand-written one: same batch, same threads,
/// same optimiser settings, repetitions interleaved (the order alternates) so that both see the same load.
/// </summary>
public static class GeneratedSuite
{
    public const string Part = "generated";

    public static void Run(BenchContext context)
    {
        var options = context.Options;
        var generated = context.Spec;
        var cardinality = RandomBatches.MovieLensCardinality;
        var batches = new RandomBatches(generated.Spec, cardinality);
        using var batch = batches.Create(options.Batch, seed: 1);
        using var validation = batches.Create(options.ValidationRows, seed: 2);

        torch.manual_seed(options.Seed);
        using var module = generated.CreateModel(cardinality);
        var generatedRun = new GeneratedTraining(generated, module, validation);
        var trainerOptions = generated.CreateTrainerOptions();
        using var hand = new HandWrittenM3oE(HandWrittenShape.From(generated.Spec, cardinality));
        var handRun = new HandWrittenTraining(
            new HandWrittenTrainer(
                hand,
                generated.Spec.Domains.Domains.Count,
                trainerOptions.LearningRate,
                trainerOptions.WeightDecay
            )
        );

        // warm-up: first calls allocate and pick kernels
        context.Progress($"generated: warm-up at batch {options.Batch}");
        generatedRun.StepsPerSecond(batch, 3);
        handRun.StepsPerSecond(batch, 3);

        var generatedRates = new List<double>();
        var handRates = new List<double>();
        var ratios = new List<double>();
        for (var r = 0; r < options.Repeats; r++)
        {
            double g,
                h;
            if (r % 2 == 0)
            {
                g = generatedRun.StepsPerSecond(batch, options.Steps);
                h = handRun.StepsPerSecond(batch, options.Steps);
            }
            else
            {
                h = handRun.StepsPerSecond(batch, options.Steps);
                g = generatedRun.StepsPerSecond(batch, options.Steps);
            }

            generatedRates.Add(g);
            handRates.Add(h);
            ratios.Add(g / h);
            context.Progress($"generated: repetition {r + 1}/{options.Repeats}: {g:F2} against {h:F2} steps/s");
        }

        var report = context.Report;
        report.Add(Part, "batch", "batch rows", options.Batch);
        report.Add(Part, "steps_per_repeat", "timed steps per repetition", options.Steps);
        report.Add(Part, "parameters_generated", "parameters of the generated model", Count(module));
        report.Add(Part, "parameters_handwritten", "parameters of the hand-written model", Count(hand));
        report.Add(Part, "generated_steps_per_s", "generated: training steps/s", Summary.Of(generatedRates), "1/s");
        report.Add(Part, "handwritten_steps_per_s", "hand-written: training steps/s", Summary.Of(handRates), "1/s");
        report.Add(Part, "ratio", "generated / hand-written (median of repetitions)", Summary.Of(ratios));
        context.SpecTrainingRowsPerSecond = Percentiles.Median(generatedRates) * options.Batch;
    }

    private static double Count(torch.nn.Module module) => module.parameters().Sum(p => p.numel());
}

using System.Collections.Generic;
using System.Diagnostics;
using M3oE.Dsl.Benchmarks.Flops;
using M3oE.Dsl.Benchmarks.Statistics;
using M3oE.Dsl.Benchmarks.Workloads;
using TorchSharp;
using static TorchSharp.torch;

namespace M3oE.Dsl.Benchmarks.Suites;

/// <summary>
/// The generated model's training GFLOP/s (operations counted from the spec, over the measured step time) beside
/// the GFLOP/s of a plain matrix product [B, H1] x [H1, H2] (the representation layer's shape) measured in
/// the same repetitions.
/// </summary>
public static class MachineSuite
{
    public const string Part = "machine";

    public static void Run(BenchContext context)
    {
        var options = context.Options;
        var generated = context.Spec;
        var count = FlopCounter.Count(generated.Spec);
        var widths = generated.Spec.Representation.Network!.Widths;
        var (hidden1, hidden2) = (widths[0], widths[1]);
        var cardinality = RandomBatches.MovieLensCardinality;
        var batches = new RandomBatches(generated.Spec, cardinality);
        using var validation = batches.Create(options.ValidationRows, seed: 2);

        torch.manual_seed(options.Seed);
        using var module = generated.CreateModel(cardinality);
        var training = new GeneratedTraining(generated, module, validation);
        var report = context.Report;
        report.Add(Part, "input_width", "input width F", count.InputWidth);
        report.Add(Part, "forward_mflop_per_row", "forward MFLOP per row (matrix products)", count.ForwardPerRow / 1e6);

        foreach (var rows in options.MachineBatches)
        {
            using var batch = batches.Create(rows, seed: 3);
            using var left = randn(rows, hidden1);
            using var right = randn(hidden1, hidden2);
            var steps = options.MachineSteps
                ?? (
                    rows >= 40_000 ? 3
                    : rows >= 4_000 ? 6
                    : 20
                );
            var products = 5;

            training.StepsPerSecond(batch, 2);
            ProductRate(left, right, 2);
            var model = new List<double>();
            var plain = new List<double>();
            var ratios = new List<double>();
            for (var r = 0; r < options.Repeats; r++)
            {
                var stepsPerSecond = training.StepsPerSecond(batch, steps);
                var modelRate = count.TrainingStep(rows) * stepsPerSecond / 1e9;
                var productRate = 2.0 * rows * hidden1 * hidden2 * ProductRate(left, right, products) / 1e9;
                model.Add(modelRate);
                plain.Add(productRate);
                ratios.Add(modelRate / productRate);
            }

            context.Progress(
                $"machine: batch {rows}: {Percentiles.Median(model):F1} against {Percentiles.Median(plain):F1} GFLOP/s"
            );
            report.Add(
                Part,
                $"gflop_per_step_{rows}",
                $"batch {rows}: GFLOP per training step",
                count.TrainingStep(rows) / 1e9
            );
            report.Add(Part, $"model_gflops_{rows}", $"batch {rows}: model GFLOP/s", Summary.Of(model), "GFLOP/s");
            report.Add(Part, $"mm_gflops_{rows}", $"batch {rows}: torch.mm GFLOP/s", Summary.Of(plain), "GFLOP/s");
            report.Add(Part, $"ratio_{rows}", $"batch {rows}: model / torch.mm", Summary.Of(ratios));
        }
    }

    /// <summary>Products per second of <paramref name="left"/> by <paramref name="right"/>.</summary>
    private static double ProductRate(Tensor left, Tensor right, int repeats)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < repeats; i++)
        {
            using var product = left.mm(right);
        }

        return repeats / watch.Elapsed.TotalSeconds;
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using M3oE.Dsl.Benchmarks.Statistics;
using M3oE.Dsl.Benchmarks.Workloads;
using M3oE.Dsl.Runtime.Data;
using M3oE.Dsl.Runtime.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace M3oE.Dsl.Benchmarks.Suites;

/// <summary>
/// Predictions as <c>m3oec predict</c> makes them (evaluation mode, no gradients, one dispose scope per batch,
/// probabilities copied out): rows per second at several batch sizes and the latency of single rows.
/// </summary>
public static class InferenceSuite
{
    public const string Part = "inference";

    public static void Run(BenchContext context)
    {
        var options = context.Options;
        var generated = context.Spec;
        var cardinality = RandomBatches.MovieLensCardinality;
        var batches = new RandomBatches(generated.Spec, cardinality);
        torch.manual_seed(options.Seed);
        using var module = generated.CreateModel(cardinality);
        var network = generated.Network(module);
        network.eval();

        var report = context.Report;
        foreach (var rows in options.InferenceBatches)
        {
            using var batch = batches.Create(rows, seed: 4);
            var calls = Math.Clamp(options.InferenceRows / rows, 5, 500);
            Predict(network, batch, 3);
            var rates = new List<double>();
            for (var r = 0; r < options.Repeats; r++)
            {
                var watch = Stopwatch.StartNew();
                Predict(network, batch, calls);
                rates.Add(rows * (double)calls / watch.Elapsed.TotalSeconds);
            }

            context.Progress($"inference: batch {rows}: {Percentiles.Median(rates):F0} rows/s");
            report.Add(Part, $"rows_per_s_{rows}", $"batch {rows}: rows/s", Summary.Of(rates), "rows/s");
        }

        using var single = batches.Create(1, seed: 5);
        Predict(network, single, 20);
        var latencies = new List<double>(options.LatencyCalls);
        for (var i = 0; i < options.LatencyCalls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            Predict(network, single, 1);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        report.Add(Part, "latency_calls", "single-row predictions timed", options.LatencyCalls);
        report.Add(Part, "latency_p50_ms", "batch 1: latency p50", Percentiles.Of(latencies, 50), "ms");
        report.Add(Part, "latency_p90_ms", "batch 1: latency p90", Percentiles.Of(latencies, 90), "ms");
        report.Add(Part, "latency_p99_ms", "batch 1: latency p99", Percentiles.Of(latencies, 99), "ms");
    }

    private static void Predict(MultiDomainModel network, Batch batch, int calls)
    {
        using var guard = no_grad();
        for (var i = 0; i < calls; i++)
        {
            using var scope = NewDisposeScope();
            var probabilities = network.Predict(batch).to_type(ScalarType.Float64);
            GC.KeepAlive(probabilities.data<double>().ToArray());
        }
    }
}

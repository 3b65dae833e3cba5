using System.Diagnostics;
using System.IO;
using System.Linq;
using M3oE.Dsl.Benchmarks.Memory;
using M3oE.Dsl.Benchmarks.Workloads;
using M3oE.Dsl.Data.Splits;
using M3oE.Dsl.Data.Synthetic;
using M3oE.Dsl.Runtime.Data;
using TorchSharp;

namespace M3oE.Dsl.Benchmarks.Suites;

/// <summary>
/// Peak resident memory (VmHWM, reset before each file) of fitting the feature map and training one epoch of
/// the synthetic spec's generated model from a streamed CSV file, for a file of the given rows and one of a
/// tenth of them. Streaming keeps memory independent of the file's length.
/// </summary>
public static class MemorySuite
{
    public const string Part = "memory";

    public static void Run(BenchContext context)
    {
        var options = context.Options;
        var folder = Path.Combine(options.WorkFolder, "memory");
        Directory.CreateDirectory(folder);
        try
        {
            var small = Train(context, folder, options.MemoryRows / 10, "small");
            var large = Train(context, folder, options.MemoryRows, "large");
            var report = context.Report;
            report.Add(Part, "peak_ratio", "peak large / peak small", large.Peak / small.Peak);
            report.Add(Part, "growth_ratio", "growth large / growth small", large.Growth / small.Growth);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (double Peak, double Growth) Train(BenchContext context, string folder, long rows, string name)
    {
        var options = context.Options;
        var generated = context.Synthetic;
        var path = Path.Combine(folder, name + ".csv");
        context.Progress($"memory: writing {rows} rows");
        new SyntheticGenerator().WriteCsv(path, rows);

        var reset = ResidentMemory.ResetPeak();
        var baseline = ResidentMemory.CurrentMiB();
        var watch = Stopwatch.StartNew();
        long steps = 0;
        {
            var data = generated.FromCsv(path, generated.CreateDataOptions() with { Split = SplitSpec.Ratio(1, 0, 0) });
            var map = data.Fit();
            torch.manual_seed(options.Seed);
            using var module = generated.CreateModel(map);
            var trainer = generated.CreateTrainer(module, generated.CreateTrainerOptions() with { Epochs = 1 });
            trainer.StepCompleted += (_, _) => steps++;
            var stream = data.Stream(DataSplit.Train, map);
            using var validation = stream.Batches(0).First();
            IBatchSource train = options.MemorySteps is { } cap ? new CappedBatchSource(stream, cap) : stream;
            trainer.Fit(train, new RepeatedBatchSource(validation, 1));
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var peak = ResidentMemory.PeakMiB();
        File.Delete(path);
        context.Progress($"memory: {rows} rows, {steps} steps, peak {peak:F0} MiB{(reset ? "" : " (process peak)")}");

        var report = context.Report;
        report.Add(Part, $"{name}_rows", $"{name} file: rows", rows);
        report.Add(Part, $"{name}_steps", $"{name} file: training steps", steps);
        report.Add(Part, $"{name}_seconds", $"{name} file: fit and train", seconds, "s");
        report.Add(Part, $"{name}_baseline_mib", $"{name} file: resident before", baseline, "MiB");
        report.Add(Part, $"{name}_peak_mib", $"{name} file: peak resident (VmHWM)", peak, "MiB");
        report.Add(Part, $"{name}_growth_mib", $"{name} file: peak - resident before", peak - baseline, "MiB");
        return (peak, peak - baseline);
    }
}

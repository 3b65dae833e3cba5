using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using M3oE.Dsl.Benchmarks.Hosting;
using M3oE.Dsl.Benchmarks.Reporting;
using M3oE.Dsl.Runtime;
using TorchSharp;

namespace M3oE.Dsl.Benchmarks.Suites;

/// <summary>Runs the chosen parts in order and returns their figures with a description of the machine.</summary>
public static class BenchRunner
{
    /// <exception cref="BenchInputException">
    /// A spec is missing or has errors, or is not a model the parts cover.</exception>
    public static BenchReport Run(BenchOptions options, IModelGenerator generator, Action<string> progress)
    {
        TorchRuntime.EnsureLoaded();

        // the thread count is process-wide: put it back, so that a caller in the same process is unaffected
        var previous = torch.get_num_threads();
        try
        {
            return RunParts(options, generator, progress);
        }
        finally
        {
            torch.set_num_threads(previous);
        }
    }

    private static BenchReport RunParts(BenchOptions options, IModelGenerator generator, Action<string> progress)
    {
        torch.set_num_threads(options.Threads);
        var context = new BenchContext(options, generator, progress);
        Describe(context.Report, options);
        progress($"TorchSharp intra-op threads: {torch.get_num_threads()}");

        foreach (var part in Enum.GetValues<BenchPart>().Where(options.Parts.Contains))
        {
            var watch = Stopwatch.StartNew();
            switch (part)
            {
                case BenchPart.Generator:
                    GeneratorSuite.Run(context);
                    break;
                case BenchPart.Generated:
                    GeneratedSuite.Run(context);
                    break;
                case BenchPart.Machine:
                    MachineSuite.Run(context);
                    break;
                case BenchPart.Inference:
                    InferenceSuite.Run(context);
                    break;
                case BenchPart.Data:
                    DataSuite.Run(context);
                    break;
                case BenchPart.Memory:
                    MemorySuite.Run(context);
                    break;
            }

            progress(
                string.Create(CultureInfo.InvariantCulture, $"{Name(part)}: done in {watch.Elapsed.TotalSeconds:F1} s")
            );
        }

        return context.Report;
    }

    /// <summary>The name of a part on the command line and in the JSON object.</summary>
    public static string Name(BenchPart part) => part.ToString().ToLowerInvariant();

    private static void Describe(BenchReport report, BenchOptions options)
    {
        report.AddMachine("cores", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture));
        report.AddMachine("torch_threads", torch.get_num_threads().ToString(CultureInfo.InvariantCulture));
        report.AddMachine("cpu", CpuModel());
        report.AddMachine("os", RuntimeInformation.OSDescription);
        report.AddMachine("dotnet", RuntimeInformation.FrameworkDescription);
        report.AddMachine("torchsharp", Version(typeof(torch).Assembly));
        report.AddMachine("configuration", IsOptimized() ? "Release" : "Debug");
        report.AddMachine("spec", options.SpecPath);
        report.AddMachine("repeats", options.Repeats.ToString(CultureInfo.InvariantCulture));
    }

    private static string CpuModel()
    {
        const string path = "/proc/cpuinfo";
        var line = File.Exists(path)
            ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
            : null;
        return line is null
            ? RuntimeInformation.ProcessArchitecture.ToString()
            : line[(line.IndexOf(':') + 1)..].Trim();
    }

    private static string Version(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? assembly.GetName().Version?.ToString()
        ?? "unknown";

    private static bool IsOptimized() =>
        typeof(BenchRunner).Assembly.GetCustomAttribute<DebuggableAttribute>() is not { IsJITOptimizerDisabled: true };
}

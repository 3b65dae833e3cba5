using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using M3oE.Dsl.Benchmarks.Hosting;
using M3oE.Dsl.Benchmarks.Reporting;
using M3oE.Dsl.Benchmarks.Suites;
using M3oE.Dsl.Cli.Benchmarking;
using M3oE.Dsl.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>
/// <c>m3oec bench</c>: measures the generated model against a hand-written one, against the machine's matrix
/// product, in inference, against the data layer, the generator's speed and caching, and memory while
/// streaming; prints a table, and with <c>--json</c> ends standard output with one JSON object of every figure.
/// Progress goes to standard error.
/// </summary>
public sealed class BenchCommand : Command<BenchSettings>
{
    private readonly CliConsole _console;

    public BenchCommand(CliConsole console)
    {
        _console = console;
    }

    public override int Execute(CommandContext context, BenchSettings settings, CancellationToken cancellationToken)
    {
        var (options, problem) = Options(settings);
        if (options is null)
        {
            _console.Error.WriteLine("m3oec: " + problem);
            return ExitCodes.SpecOrDataErrors;
        }

        BenchReport report;
        try
        {
            Directory.CreateDirectory(options.WorkFolder);
            report = BenchRunner.Run(options, new BenchModelGenerator(_console), line =>
                _console.Error.WriteLine(line)
            );
        }
        catch (BenchInputException exception)
        {
            _console.Error.WriteLine("m3oec: " + exception.Message);
            return ExitCodes.SpecOrDataErrors;
        }
        finally
        {
            if (settings.Work is null && Directory.Exists(options.WorkFolder))
            {
                Directory.Delete(options.WorkFolder, recursive: true);
            }
        }

        _console.Ansi.Write(Table(report));
        if (settings.Json)
        {
            _console.Out.WriteLine(report.ToJson().ToJsonString());
        }

        return ExitCodes.Ok;
    }

    /// <summary>The options the settings ask for, or null and a line saying what is wrong.</summary>
    internal static (BenchOptions? Options, string? Problem) Options(BenchSettings settings)
    {
        var parts = new HashSet<BenchPart>(Enum.GetValues<BenchPart>());
        if (settings.Only is { } only)
        {
            parts.Clear();
            foreach (
                var name in only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            )
            {
                var part = Enum.GetValues<BenchPart>().Where(p => BenchRunner.Name(p) == name).ToList();
                if (part.Count == 0)
                {
                    var known = string.Join(", ", Enum.GetValues<BenchPart>().Select(BenchRunner.Name));
                    return (null, $"--only: unknown part '{name}'; the parts are {known}.");
                }

                parts.Add(part[0]);
            }

            if (parts.Count == 0)
            {
                return (null, "--only names no part.");
            }
        }

        var problem = AtLeast("--repeats", settings.Repeats, 1)
            ?? AtLeast("--threads", settings.Threads, 1)
            ?? AtLeast("--batch", settings.Batch, 2)
            ?? AtLeast("--steps", settings.Steps, 2)
            ?? AtLeast("--rows", settings.Rows, 1000)
            ?? AtLeast("--memory-rows", settings.MemoryRows, 1000)
            ?? AtLeast("--memory-steps", settings.MemorySteps, 1);
        if (problem is not null)
        {
            return (null, problem);
        }

        var quick = settings.Quick;
        var full = new BenchOptions
        {
            SpecPath = settings.Spec,
            SyntheticSpecPath = settings.SyntheticSpec,
            Parts = parts,
            WorkFolder = settings.Work
                ?? Path.Combine(Path.GetTempPath(), "m3oec-bench-" + Guid.NewGuid().ToString("N")),
            Threads = settings.Threads ?? Environment.ProcessorCount,
        };
        var sized = quick
            ? full with
            {
                Repeats = 2,
                Batch = 64,
                Steps = 3,
                MachineBatches = new[] { 32, 64, 128 },
                MachineSteps = 3,
                ValidationRows = 32,
                InferenceBatches = new[] { 1, 16, 64 },
                InferenceRows = 200,
                LatencyCalls = 30,
                DataRows = 3000,
                MemoryRows = 2000,
                LargeSpec = (4, 2, 8),
                GeneratorRepeats = 2,
            }
            : full;
        return (
            sized with
            {
                Repeats = settings.Repeats ?? sized.Repeats,
                Batch = settings.Batch ?? sized.Batch,
                Steps = settings.Steps ?? sized.Steps,
                DataRows = settings.Rows ?? sized.DataRows,
                MemoryRows = settings.MemoryRows ?? sized.MemoryRows,
                MemorySteps = settings.MemorySteps,
            },
            null
        );
    }

    private static string? AtLeast(string option, long? value, long minimum) =>
        value < minimum ? $"{option} must be at least {minimum}, got {value}." : null;

    private static Table Table(BenchReport report)
    {
        var table = new Table().AddColumns("part", "figure", "value", "unit");
        foreach (var (key, value) in report.Machine)
        {
            table.AddRow("environment", Markup.Escape(key), Markup.Escape(value), string.Empty);
        }

        foreach (var figure in report.Figures)
        {
            table.AddRow(figure.Part, Markup.Escape(figure.Label), Number(figure.Value), Markup.Escape(figure.Unit));
        }

        return table;
    }

    private static string Number(double value) =>
        Math.Abs(value) >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 1 ? value.ToString("F2", CultureInfo.InvariantCulture)
        : value.ToString("G3", CultureInfo.InvariantCulture);
}

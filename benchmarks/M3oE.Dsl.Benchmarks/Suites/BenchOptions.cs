using System.Collections.Generic;

namespace M3oE.Dsl.Benchmarks.Suites;

/// <summary>What to measure and at which sizes.</summary>
public sealed record BenchOptions
{
    /// <summary>The M3oE spec of the generated, machine and inference parts.</summary>
    public required string SpecPath { get; init; }

    /// <summary>The spec of the data and memory parts, whose columns the synthetic generator writes.</summary>
    public required string SyntheticSpecPath { get; init; }

    /// <summary>The parts to run.</summary>
    public required IReadOnlySet<BenchPart> Parts { get; init; }

    /// <summary>A folder for the data files the data and memory parts write (removed afterwards).</summary>
    public required string WorkFolder { get; init; }

    /// <summary>The seed of the models' initial weights; the timings do not depend on it.</summary>
    public long Seed { get; init; } = 2022;

    /// <summary>The TorchSharp intra-op threads.</summary>
    public int Threads { get; init; } = 2;

    /// <summary>Interleaved repetitions of each comparison.</summary>
    public int Repeats { get; init; } = 5;

    /// <summary>The batch of the generated against hand-written comparison.</summary>
    public int Batch { get; init; } = 4096;

    /// <summary>Timed training steps per repetition of the generated against hand-written comparison.</summary>
    public int Steps { get; init; } = 12;

    /// <summary>The batch sizes of the machine part.</summary>
    public IReadOnlyList<int> MachineBatches { get; init; } = new[] { 512, 4096, 40960 };

    /// <summary>Timed training steps per repetition of the machine part; null chooses by batch size (20 below
    /// 4,000 rows, 6 below 40,000, else 3).</summary>
    public int? MachineSteps { get; init; }

    /// <summary>Rows of the validation batch the trainer evaluates after each timed epoch.</summary>
    public int ValidationRows { get; init; } = 256;

    /// <summary>The batch sizes of the inference part.</summary>
    public IReadOnlyList<int> InferenceBatches { get; init; } = new[] { 1, 64, 4096 };

    /// <summary>Rows predicted per repetition and batch size (at least 5 and at most 500 calls).</summary>
    public int InferenceRows { get; init; } = 200_000;

    /// <summary>Single-row predictions timed for the latency percentiles.</summary>
    public int LatencyCalls { get; init; } = 2000;

    /// <summary>Rows of the files of the data part.</summary>
    public long DataRows { get; init; } = 1_000_000;

    /// <summary>Rows of the large file of the memory part; the small one has a tenth.</summary>
    public long MemoryRows { get; init; } = 5_000_000;

    /// <summary>At most this many training steps per file in the memory part; null trains a whole epoch.</summary>
    public int? MemorySteps { get; init; }

    /// <summary>Domains, tasks and features of the generated large spec.</summary>
    public (int Domains, int Tasks, int Features) LargeSpec { get; init; } = (32, 8, 64);

    /// <summary>Warm repetitions of parse, check and emit.</summary>
    public int GeneratorRepeats { get; init; } = 10;
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>Settings of <c>m3oec bench</c>. Unset sizes take the full defaults, or tiny ones with --quick.</summary>
public sealed class BenchSettings : CommandSettings
{
    [CommandOption("--spec <PATH>")]
    [Description("The M3oE spec of the generated, machine and inference parts (samples/movielens/m3oe.m3oe).")]
    public string Spec { get; init; } = "samples/movielens/m3oe.m3oe";

    [CommandOption("--synthetic-spec <PATH>")]
    [Description(
        "The spec of the data and memory parts, reading the synthetic generator's columns "
            + "(samples/synthetic/m3oe.m3oe)."
    )]
    public string SyntheticSpec { get; init; } = "samples/synthetic/m3oe.m3oe";

    [CommandOption("--only <PARTS>")]
    [Description("Comma-separated parts to run: generator, generated, machine, inference, data, memory.")]
    public string? Only { get; init; }

    [CommandOption("--quick")]
    [Description("Tiny sizes and few repetitions: a smoke run of every part in seconds.")]
    public bool Quick { get; init; }

    [CommandOption("--repeats <N>")]
    [Description("Interleaved repetitions of each comparison (5; 2 with --quick).")]
    public int? Repeats { get; init; }

    [CommandOption("--threads <N>")]
    [Description("TorchSharp intra-op threads (the number of cores by default).")]
    public int? Threads { get; init; }

    [CommandOption("--batch <N>")]
    [Description("Batch rows of the generated against hand-written comparison (4096; 64 with --quick).")]
    public int? Batch { get; init; }

    [CommandOption("--steps <N>")]
    [Description("Timed training steps per repetition of that comparison (12; 3 with --quick).")]
    public int? Steps { get; init; }

    [CommandOption("--rows <N>")]
    [Description("Rows of the CSV and Parquet files of the data part (1000000; 3000 with --quick).")]
    public long? Rows { get; init; }

    [CommandOption("--memory-rows <N>")]
    [Description("Rows of the large file of the memory part; the small one has a tenth (5000000; 2000 with --quick).")]
    public long? MemoryRows { get; init; }

    [CommandOption("--memory-steps <N>")]
    [Description("At most N training steps per file in the memory part; a whole epoch by default.")]
    public int? MemorySteps { get; init; }

    [CommandOption("--work <DIR>")]
    [Description("The folder for the data files the data and memory parts write and remove.")]
    public string? Work { get; init; }

    [CommandOption("--json")]
    [Description("End standard output with one JSON object of every figure.")]
    public bool Json { get; init; }
}

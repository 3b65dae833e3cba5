namespace M3oE.Dsl.Benchmarks.Suites;

/// <summary>The parts of the benchmark, in the order they run.</summary>
public enum BenchPart
{
    /// <summary>Parse, check and emit a large spec; the incremental generator after an unrelated edit.</summary>
    Generator,

    /// <summary>Training steps per second of the generated model against the hand-written one.</summary>
    Generated,

    /// <summary>The model's GFLOP/s in training against a plain matrix product.</summary>
    Machine,

    /// <summary>Rows per second and latency of predictions.</summary>
    Inference,

    /// <summary>Loader rows per second against training rows per second.</summary>
    Data,

    /// <summary>Peak resident memory training from a large and a ten times smaller streamed file.</summary>
    Memory,
}

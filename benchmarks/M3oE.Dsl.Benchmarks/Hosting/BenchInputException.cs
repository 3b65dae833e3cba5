using System;

namespace M3oE.Dsl.Benchmarks.Hosting;

/// <summary>A benchmark cannot run on what it was given (a spec with errors, a model it does not cover).</summary>
public sealed class BenchInputException : Exception
{
    public BenchInputException(string message)
        : base(message) { }

    public BenchInputException(string message, Exception inner)
        : base(message, inner) { }
}

using System;

namespace M3oE.Dsl.Cli.Training;

/// <summary>The C# generated from a spec did not compile: a fault of the emitter, not of the spec.</summary>
public sealed class GeneratedCodeException : Exception
{
    public GeneratedCodeException(string message)
        : base(message) { }
}

using System;

namespace M3oE.Dsl.Cli.Training;

/// <summary>A run folder cannot be used: a file is missing or unreadable, or its spec copy has errors.</summary>
public sealed class RunFolderException : Exception
{
    public RunFolderException(string message)
        : base(message) { }
}

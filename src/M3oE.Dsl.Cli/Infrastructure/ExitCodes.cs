namespace M3oE.Dsl.Cli.Infrastructure;

/// <summary>The exit codes of <c>m3oec</c>. They are part of its contract and listed in <c>--help</c>.</summary>
public static class ExitCodes
{
    /// <summary>Everything went well.</summary>
    public const int Ok = 0;

    /// <summary>A spec, data or run folder has errors; nothing was written that looks finished.</summary>
    public const int SpecOrDataErrors = 1;

    /// <summary>
    /// A check failed: <c>fmt --check</c> found files to reformat, or the command line itself did not pass
    /// checking (an unknown command or option, a missing argument).
    /// </summary>
    public const int CheckFailed = 2;

    /// <summary>Something failed inside m3oec; run again with <c>--verbose</c> to see the details.</summary>
    public const int InternalError = 3;

    /// <summary>Stopped by Ctrl+C; a training run keeps the checkpoint of its last finished epoch.</summary>
    public const int Interrupted = 130;
}

namespace M3oE.Dsl.Cli.Infrastructure;

/// <summary>The exit codes of <c>m3oec</c>. They are part of its contract and listed in <c>--help</c>.</summary>
public static class ExitCodes
{
    /// <summary>Everything went well.</summary>
    public const int Ok = 0;

    /// <summary>A spec or data file has errors, or a file is not formatted (<c>fmt --check</c>).</summary>
    public const int SpecOrDataErrors = 1;

    /// <summary>The command line itself was wrong: an unknown command or option, a missing argument.</summary>
    public const int UsageError = 2;

    /// <summary>Something failed inside m3oec; run again with <c>--verbose</c> to see the details.</summary>
    public const int InternalError = 3;
}

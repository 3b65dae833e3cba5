namespace M3oE.Dsl.Runtime.Search;

/// <summary>When architecture steps happen.</summary>
public enum ArchitectureSchedule
{
    /// <summary>After every K weight steps.</summary>
    EveryKSteps,

    /// <summary>Once at the end of every epoch.</summary>
    OncePerEpoch,
}

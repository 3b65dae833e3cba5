namespace M3oE.Dsl.Runtime.Search;

/// <summary>Where the batches of an architecture step come from.</summary>
public enum ArchitectureData
{
    /// <summary>The validation source (the bilevel reading of the paper).</summary>
    Validation,

    /// <summary>The training source (the reference code).</summary>
    Training,
}

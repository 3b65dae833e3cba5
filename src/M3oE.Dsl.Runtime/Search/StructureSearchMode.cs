namespace M3oE.Dsl.Runtime.Search;

/// <summary>How the structure (architecture) parameters of a model are trained.</summary>
public enum StructureSearchMode
{
    /// <summary>
    /// First-order bilevel search: the weights are trained on training batches by the weight optimiser, the
    /// structure parameters by their own optimiser on separate architecture steps.
    /// </summary>
    Bilevel,

    /// <summary>The structure parameters are ordinary weights, trained by the weight optimiser.</summary>
    Joint,

    /// <summary>The structure parameters keep their initial values.</summary>
    Frozen,
}

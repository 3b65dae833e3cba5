namespace M3oE.Dsl.Runtime.Modules;

/// <summary>How the embeddings of a multi-valued feature are reduced to one vector.</summary>
public enum Pooling
{
    /// <summary>Mean over the present values; a row without values gives zeros.</summary>
    Mean,

    /// <summary>Sum over the present values.</summary>
    Sum,

    /// <summary>Element-wise maximum over the present values; a row without values gives zeros.</summary>
    Max,
}

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>The normalisation applied after a layer's linear map.</summary>
public enum Normalization
{
    /// <summary>No normalisation.</summary>
    None,

    /// <summary>Layer normalisation over the layer's width, with a learned scale and shift.</summary>
    LayerNorm,

    /// <summary>Batch normalisation over the rows of the batch.</summary>
    BatchNorm,
}

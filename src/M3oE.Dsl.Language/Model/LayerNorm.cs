namespace M3oE.Dsl.Language.Model;

/// <summary>The normalisation after each linear layer of a network.</summary>
public enum LayerNorm
{
    None,
    LayerNorm,
    BatchNorm,
}

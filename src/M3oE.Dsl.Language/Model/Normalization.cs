namespace M3oE.Dsl.Language.Model;

/// <summary>Normalisation of a dense feature, computed on the training split.</summary>
public enum Normalization
{
    None,
    MinMax,
    Standard,
}

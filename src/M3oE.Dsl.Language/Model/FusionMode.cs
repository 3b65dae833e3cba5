namespace M3oE.Dsl.Language.Model;

/// <summary>How a fusion weight or level is realised.</summary>
public enum FusionMode
{
    Learned,
    Fixed,
    Concat,
    Gate,
}

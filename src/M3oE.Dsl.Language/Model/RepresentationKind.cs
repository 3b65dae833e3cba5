namespace M3oE.Dsl.Language.Model;

/// <summary>The layer between the input embedding and the experts.</summary>
public enum RepresentationKind
{
    None,
    Mlp,
    Star,
}

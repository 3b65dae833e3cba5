namespace M3oE.Dsl.Language.Model;

/// <summary>Where the ids of a sparse feature come from.</summary>
public enum VocabularyKind
{
    FromData,
    Fixed,
    Hash,
}

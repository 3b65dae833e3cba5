namespace M3oE.Dsl.Language.Model;

/// <summary>How a sparse feature maps its values to ids: from the training data, a fixed size, or hashing.</summary>
public sealed record VocabularySpec(VocabularyKind Kind, int Size, int MinCount);

namespace M3oE.Dsl.Data.Schema;

/// <summary>A single-valued categorical feature: one id per row, one column of the sparse tensor.</summary>
/// <param name="Name">The feature name.</param>
/// <param name="Column">The column it reads.</param>
/// <param name="Vocabulary">How values become ids.</param>
public sealed record SparseFeature(string Name, string Column, VocabularySpec Vocabulary) : FeatureSpec(Name, Column)
{
    /// <summary>
    /// Features naming the same shared vocabulary get one vocabulary built from the values of all of them
    /// (for example a user id that appears as viewer and as author). Their vocabulary settings must agree.
    /// </summary>
    public string? SharedVocabulary { get; init; }

    /// <summary>Creates a feature whose name is its column.</summary>
    public static SparseFeature Of(string column, VocabularySpec vocabulary) => new(column, column, vocabulary);

    /// <inheritdoc />
    public override string Describe() => $"sparse({Column};{Vocabulary.Describe()};shared={SharedVocabulary ?? "-"})";
}

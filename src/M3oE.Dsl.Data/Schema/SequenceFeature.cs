using System;
using System.Globalization;

namespace M3oE.Dsl.Data.Schema;

/// <summary>
/// A multi-valued categorical feature: the cell holds values joined by a separator; the first
/// <see cref="MaxLength"/> become ids and the rest of the row's int64 [L] slot is padded with -1.
/// </summary>
public sealed record SequenceFeature : FeatureSpec
{
    /// <summary>Creates a multi-valued feature.</summary>
    public SequenceFeature(string name, string column, VocabularySpec vocabulary, char separator, int maxLength)
        : base(name, column)
    {
        if (maxLength < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxLength),
                "A sequence needs a maximum length of at least 1."
            );
        }

        Vocabulary = vocabulary;
        Separator = separator;
        MaxLength = maxLength;
    }

    public VocabularySpec Vocabulary { get; }

    public char Separator { get; }

    public int MaxLength { get; }

    /// <summary>Features naming the same shared vocabulary get one vocabulary built from all their values.</summary>
    public string? SharedVocabulary { get; init; }

    /// <inheritdoc />
    public override string Describe() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"sequence({Column};{Vocabulary.Describe()};sep={(int)Separator};max={MaxLength};"
                + $"shared={SharedVocabulary ?? "-"})"
        );
}

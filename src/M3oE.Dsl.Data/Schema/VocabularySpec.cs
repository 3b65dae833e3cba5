using System;
using System.Globalization;

namespace M3oE.Dsl.Data.Schema;

/// <summary>
/// How the values of a categorical or multi-valued feature become ids. Id 0 is always the
/// out-of-vocabulary id: rare, unseen, empty or out-of-range values all map to it.
/// </summary>
public sealed record VocabularySpec
{
    private VocabularySpec(VocabularyKind kind, int minCount, int? maxSize, long size)
    {
        Kind = kind;
        MinCount = minCount;
        MaxSize = maxSize;
        Size = size;
    }

    public VocabularyKind Kind { get; }

    /// <summary>For <see cref="VocabularyKind.FromData"/>: the least number of training rows a value needs.</summary>
    public int MinCount { get; }

    /// <summary>For <see cref="VocabularyKind.FromData"/>: keep at most this many of the most frequent
    /// values.</summary>
    public int? MaxSize { get; }

    /// <summary>The bucket count of <see cref="VocabularyKind.Hashed"/> or the id range of
    /// <see cref="VocabularyKind.Identity"/>.</summary>
    public long Size { get; }

    /// <summary>A vocabulary built in one pass over the training split.</summary>
    public static VocabularySpec FromData(int minCount = 1, int? maxSize = null)
    {
        if (minCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minCount), "The minimum count must be at least 1.");
        }

        if (maxSize is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxSize), "The maximum size must be at least 1.");
        }

        return new VocabularySpec(VocabularyKind.FromData, minCount, maxSize, 0);
    }

    /// <summary>Hash buckets: no fitting, a fixed number of ids.</summary>
    public static VocabularySpec Hashed(long buckets)
    {
        if (buckets < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(buckets), "A hashed vocabulary needs at least 1 bucket.");
        }

        return new VocabularySpec(VocabularyKind.Hashed, 1, null, buckets);
    }

    /// <summary>Integer ids already present in the data, in 0..<paramref name="size"/>-1.</summary>
    public static VocabularySpec Identity(long size)
    {
        if (size < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(size), "An identity vocabulary needs a size of at least 1.");
        }

        return new VocabularySpec(VocabularyKind.Identity, 1, null, size);
    }

    /// <summary>A canonical text of this vocabulary's settings.</summary>
    public string Describe()
    {
        var culture = CultureInfo.InvariantCulture;
        return Kind switch
        {
            VocabularyKind.FromData => MaxSize is { } max
                ? string.Create(culture, $"vocabulary(min={MinCount},max={max})")
                : string.Create(culture, $"vocabulary(min={MinCount})"),
            VocabularyKind.Hashed => string.Create(culture, $"hash({Size})"),
            _ => string.Create(culture, $"identity({Size})"),
        };
    }
}

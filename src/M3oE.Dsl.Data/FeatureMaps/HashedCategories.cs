using System;

namespace M3oE.Dsl.Data.FeatureMaps;

/// <summary>Hash buckets: id = 1 + stable hash modulo the bucket count; the empty value has id 0.</summary>
public sealed class HashedCategories : CategoryMap
{
    /// <summary>Creates a map with <paramref name="buckets"/> buckets.</summary>
    public HashedCategories(long buckets)
    {
        Buckets = buckets;
    }

    public long Buckets { get; }

    /// <inheritdoc />
    public override long Cardinality => Buckets + 1;

    /// <inheritdoc />
    public override long Id(ReadOnlySpan<char> value) =>
        value.IsEmpty ? 0 : 1 + (long)(StableHash.Of(value) % (ulong)Buckets);
}

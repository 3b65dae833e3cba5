using System;
using System.Globalization;

namespace M3oE.Dsl.Data.FeatureMaps;

/// <summary>Integer ids already in the data: value v in 0..size-1 has id v + 1; anything else id 0.</summary>
public sealed class IdentityCategories : CategoryMap
{
    /// <summary>Creates a map for ids 0..<paramref name="size"/>-1.</summary>
    public IdentityCategories(long size)
    {
        Size = size;
    }

    public long Size { get; }

    /// <inheritdoc />
    public override long Cardinality => Size + 1;

    /// <inheritdoc />
    public override long Id(ReadOnlySpan<char> value)
    {
        if (!long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
        {
            if (
                !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                || d != Math.Floor(d)
                || d < 0
                || d >= Size
            )
            {
                return 0;
            }

            v = (long)d;
        }

        return v >= 0 && v < Size ? v + 1 : 0;
    }
}

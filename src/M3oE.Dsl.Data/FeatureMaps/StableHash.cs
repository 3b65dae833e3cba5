using System;

namespace M3oE.Dsl.Data.FeatureMaps;

/// <summary>
/// A 64-bit hash that is the same on every machine, process and .NET version (unlike
/// <see cref="string.GetHashCode()"/>): FNV-1a over the UTF-16 code units, followed by the SplitMix64
/// finaliser so that nearby inputs spread over all bits.
/// </summary>
public static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hashes text with a seed.</summary>
    public static ulong Of(ReadOnlySpan<char> text, ulong seed = 0)
    {
        var hash = OffsetBasis ^ Mix(seed);
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return Mix(hash);
    }

    /// <summary>Hashes an integer with a seed.</summary>
    public static ulong Of(long value, ulong seed = 0) => Mix(unchecked((ulong)value) ^ Mix(seed ^ 0x5DEECE66DUL));

    /// <summary>The SplitMix64 finaliser: a bijection of 64-bit values with good avalanche.</summary>
    public static ulong Mix(ulong x)
    {
        unchecked
        {
            x += 0x9E3779B97F4A7C15UL;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            return x ^ (x >> 31);
        }
    }

    /// <summary>Maps a hash to [0, 1) using its top 53 bits.</summary>
    public static double ToUnit(ulong hash) => (hash >> 11) * (1.0 / (1UL << 53));
}

using System;
using M3oE.Dsl.Data.FeatureMaps;

namespace M3oE.Dsl.Data.Randomness;

/// <summary>
/// A small deterministic generator (SplitMix64) whose sequence is fixed by its seed on every platform and
/// .NET version, which <see cref="Random"/> does not promise.
/// </summary>
public sealed class SeededRandom
{
    private ulong _state;

    /// <summary>Creates a generator from one or more seed parts (for example a seed and an epoch).</summary>
    public SeededRandom(long seed, long stream = 0)
    {
        _state = StableHash.Mix(
            unchecked((ulong)seed) ^ StableHash.Mix(unchecked((ulong)stream) + 0x632BE59BD9B4E019UL)
        );
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        unchecked
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A uniform integer in 0..<paramref name="bound"/>-1 (multiply-shift, unbiased enough for
    /// bounds far below 2^64).</summary>
    public int Next(int bound) => (int)Math.BigMul(NextBits(), (ulong)bound, out _);

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => StableHash.ToUnit(NextBits());

    /// <summary>A standard normal value (Box-Muller).</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Shuffles <paramref name="values"/> in place (Fisher-Yates).</summary>
    public void Shuffle<T>(Span<T> values)
    {
        for (var i = values.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;

namespace M3oE.Dsl.Data.FeatureMaps;

/// <summary>Counts tokens read as spans; a string is allocated once per distinct token.</summary>
internal sealed class TokenCounter
{
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TokenCounter()
    {
        _lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public void Add(ReadOnlySpan<char> token)
    {
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_lookup, token, out _);
        count++;
    }

    /// <summary>Tokens with at least <paramref name="minCount"/> occurrences, most frequent first, ties in
    /// ordinal order, at most <paramref name="maxSize"/> of them.</summary>
    public Vocabulary Build(int minCount, int? maxSize)
    {
        var tokens = _counts
            .Where(p => p.Value >= minCount)
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key);
        if (maxSize is { } max)
        {
            tokens = tokens.Take(max);
        }

        return new Vocabulary(tokens.ToArray());
    }
}

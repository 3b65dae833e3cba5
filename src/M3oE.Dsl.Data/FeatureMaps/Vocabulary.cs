using System;
using System.Collections.Generic;

namespace M3oE.Dsl.Data.FeatureMaps;

/// <summary>A vocabulary built from data: the i-th token has id i + 1; anything else has id 0.</summary>
public sealed class Vocabulary : CategoryMap
{
    private readonly string[] _tokens;
    private readonly Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates a vocabulary from its tokens in id order.</summary>
    public Vocabulary(IReadOnlyList<string> tokens)
    {
        _tokens = [.. tokens];
        var ids = new Dictionary<string, long>(_tokens.Length, StringComparer.Ordinal);
        for (var i = 0; i < _tokens.Length; i++)
        {
            if (!ids.TryAdd(_tokens[i], i + 1))
            {
                throw new ArgumentException($"The token '{_tokens[i]}' appears twice.", nameof(tokens));
            }
        }

        _lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The tokens in id order (token i has id i + 1).</summary>
    public IReadOnlyList<string> Tokens => _tokens;

    /// <inheritdoc />
    public override long Cardinality => _tokens.Length + 1;

    /// <inheritdoc />
    public override long Id(ReadOnlySpan<char> value) => _lookup.TryGetValue(value, out var id) ? id : 0;
}

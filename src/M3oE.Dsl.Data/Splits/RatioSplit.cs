using System;
using System.Collections.Generic;

namespace M3oE.Dsl.Data.Splits;

/// <summary>A seeded hash split by ratio; see <see cref="SplitSpec.Ratio"/>.</summary>
public sealed record RatioSplit : SplitSpec
{
    /// <summary>Creates the split; the ratios are normalised by their sum.</summary>
    public RatioSplit(double train, double validation, double test, long seed, string? keyColumn)
    {
        if (train < 0 || validation < 0 || test < 0 || train + validation + test <= 0)
        {
            throw new ArgumentException("Split ratios must be non-negative with a positive sum.");
        }

        var sum = train + validation + test;
        Train = train / sum;
        Validation = validation / sum;
        Test = test / sum;
        Seed = seed;
        KeyColumn = keyColumn;
    }

    public double Train { get; }

    public double Validation { get; }

    public double Test { get; }

    public long Seed { get; }

    /// <summary>The column whose text is hashed; null to hash the row index.</summary>
    public string? KeyColumn { get; }

    /// <inheritdoc />
    public override IReadOnlyList<string> Columns => KeyColumn is null ? [] : [KeyColumn];
}

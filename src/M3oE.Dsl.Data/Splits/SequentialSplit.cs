using System;
using System.Collections.Generic;

namespace M3oE.Dsl.Data.Splits;

/// <summary>A split by position; see <see cref="SplitSpec.Sequential"/>. It needs the row count, which costs
/// one counting pass over the source.</summary>
public sealed record SequentialSplit : SplitSpec
{
    /// <summary>Creates the split; the ratios are normalised by their sum.</summary>
    public SequentialSplit(double train, double validation, double test)
    {
        if (train < 0 || validation < 0 || test < 0 || train + validation + test <= 0)
        {
            throw new ArgumentException("Split ratios must be non-negative with a positive sum.");
        }

        var sum = train + validation + test;
        Train = train / sum;
        Validation = validation / sum;
        Test = test / sum;
    }

    public double Train { get; }

    public double Validation { get; }

    public double Test { get; }

    /// <inheritdoc />
    public override IReadOnlyList<string> Columns => [];
}

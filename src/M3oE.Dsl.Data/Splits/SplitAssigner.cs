using System;
using System.Collections.Generic;
using M3oE.Dsl.Data.FeatureMaps;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.Splits;

/// <summary>Decides the split of each row of one source.</summary>
public abstract class SplitAssigner
{
    /// <summary>The split of the current row.</summary>
    public abstract DataSplit Assign(IRowView row);

    /// <summary>Every row goes to one split (a source that holds one split).</summary>
    public static SplitAssigner All(DataSplit split) => new Fixed(split);

    /// <summary>An assigner for <paramref name="spec"/>; <paramref name="slotOf"/> resolves a column to its
    /// slot and <paramref name="rowCount"/> supplies the row count of a sequential split.</summary>
    public static SplitAssigner Create(SplitSpec spec, Func<string, int> slotOf, Func<long> rowCount) =>
        spec switch
        {
            RatioSplit ratio => new ByRatio(ratio, ratio.KeyColumn is null ? -1 : slotOf(ratio.KeyColumn)),
            SequentialSplit sequential => new ByPosition(sequential, rowCount()),
            ColumnSplit column => new ByValue(column, slotOf(column.Column)),
            _ => throw new ArgumentException($"Unknown split {spec.GetType().Name}.", nameof(spec)),
        };

    /// <summary>The split of a row with a hash in [0, 1).</summary>
    private static DataSplit ByFraction(double u, double train, double validation) =>
        u < train ? DataSplit.Train
        : u < train + validation ? DataSplit.Validation
        : DataSplit.Test;

    private sealed class Fixed(DataSplit split) : SplitAssigner
    {
        public override DataSplit Assign(IRowView row) => split;
    }

    private sealed class ByRatio(RatioSplit spec, int keySlot) : SplitAssigner
    {
        private readonly ulong _seed = StableHash.Mix(unchecked((ulong)spec.Seed));

        public override DataSplit Assign(IRowView row)
        {
            var hash = keySlot < 0 ? StableHash.Of(row.Index, _seed) : StableHash.Of(row.Text(keySlot).Trim(), _seed);
            return ByFraction(StableHash.ToUnit(hash), spec.Train, spec.Validation);
        }
    }

    private sealed class ByPosition(SequentialSplit spec, long rowCount) : SplitAssigner
    {
        private readonly long _trainEnd = (long)Math.Round(spec.Train * rowCount);
        private readonly long _validationEnd = (long)Math.Round((spec.Train + spec.Validation) * rowCount);

        public override DataSplit Assign(IRowView row) =>
            row.Index < _trainEnd ? DataSplit.Train
            : row.Index < _validationEnd ? DataSplit.Validation
            : DataSplit.Test;
    }

    private sealed class ByValue : SplitAssigner
    {
        private readonly int _slot;
        private readonly Dictionary<string, DataSplit>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public ByValue(ColumnSplit spec, int slot)
        {
            _slot = slot;
            var values = new Dictionary<string, DataSplit>(StringComparer.Ordinal);
            foreach (var value in spec.ValidationValues)
            {
                values[value] = DataSplit.Validation;
            }

            foreach (var value in spec.TestValues)
            {
                values[value] = DataSplit.Test;
            }

            _lookup = values.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public override DataSplit Assign(IRowView row) =>
            _lookup.TryGetValue(row.Text(_slot).Trim(), out var split) ? split : DataSplit.Train;
    }
}

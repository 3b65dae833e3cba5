using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Data.Rows;
using M3oE.Dsl.Data.Schema;
using M3oE.Dsl.Data.Splits;
using Xunit;

namespace M3oE.Dsl.Data.Tests.Splits;

public sealed class SplitTests
{
    private static readonly DataSchema Schema = new(
        [SparseFeature.Of("key", VocabularySpec.Hashed(1000)), DenseFeature.Of("value")],
        new SingleDomainSpec("all"),
        [new TaskSpec("label", "label")]
    );

    private static ColumnTable Table(IEnumerable<int> order)
    {
        var keys = order.ToArray();
        return new ColumnTable()
            .Add("key", keys.Select(k => "k" + k).ToArray())
            .Add("value", keys.Select(k => (double)k).ToArray())
            .Add("label", keys.Select(k => (long)(k % 2)).ToArray());
    }

    private static Dictionary<DataSplit, HashSet<int>> Assignment(ColumnTable table, SplitSpec split)
    {
        var data = DataSet.FromSource(Schema, table, new DataOptions { Split = split, ShuffleTraining = false });
        var map = data.Fit();
        return new[] { DataSplit.Train, DataSplit.Validation, DataSplit.Test }.ToDictionary(
            s => s,
            s => data.Stream(s, map).EncodedBatches(0).SelectMany(b => b.Dense.Select(v => (int)v)).ToHashSet()
        );
    }

    [Fact]
    public void ARatioSplitByKeyGivesEachRowTheSameSplitWhateverTheReadingOrder()
    {
        var forward = Enumerable.Range(0, 5000).ToArray();
        var shuffled = forward.OrderBy(i => (i * 7919) % 5003).ToArray();
        var split = SplitSpec.Ratio(0.8, 0.1, 0.1, seed: 11, keyColumn: "key");

        var first = Assignment(Table(forward), split);
        var second = Assignment(Table(shuffled), split);
        var reversed = Assignment(Table(forward.Reverse()), split);

        Assert.Equal(first[DataSplit.Train], second[DataSplit.Train]);
        Assert.Equal(first[DataSplit.Validation], second[DataSplit.Validation]);
        Assert.Equal(first[DataSplit.Test], reversed[DataSplit.Test]);
        Assert.InRange(first[DataSplit.Train].Count, 3850, 4150);
        Assert.InRange(first[DataSplit.Validation].Count, 420, 580);
        Assert.Equal(5000, first.Values.Sum(s => s.Count));
    }

    [Fact]
    public void ARatioSplitByRowIndexIsTheSameOnEveryPassAndChangesWithTheSeed()
    {
        var table = Table(Enumerable.Range(0, 3000));

        var first = Assignment(table, SplitSpec.Ratio(0.7, 0.15, 0.15, seed: 1));
        var again = Assignment(table, SplitSpec.Ratio(0.7, 0.15, 0.15, seed: 1));
        var other = Assignment(table, SplitSpec.Ratio(0.7, 0.15, 0.15, seed: 2));

        Assert.Equal(first[DataSplit.Test], again[DataSplit.Test]);
        Assert.NotEqual(first[DataSplit.Test], other[DataSplit.Test]);
    }

    [Fact]
    public void ASequentialSplitTakesTheRowsInOrder()
    {
        var result = Assignment(Table(Enumerable.Range(0, 100)), SplitSpec.Sequential(8, 1, 1));

        Assert.Equal(Enumerable.Range(0, 80).ToHashSet(), result[DataSplit.Train]);
        Assert.Equal(Enumerable.Range(80, 10).ToHashSet(), result[DataSplit.Validation]);
        Assert.Equal(Enumerable.Range(90, 10).ToHashSet(), result[DataSplit.Test]);
    }

    [Fact]
    public void AColumnSplitSendsListedValuesToValidationAndTest()
    {
        var result = Assignment(Table(Enumerable.Range(0, 10)), SplitSpec.ByColumn("key", ["k3"], ["k7", "k8"]));

        Assert.Equal([3], result[DataSplit.Validation]);
        Assert.Equal([7, 8], result[DataSplit.Test].Order());
        Assert.Equal(7, result[DataSplit.Train].Count);
    }
}

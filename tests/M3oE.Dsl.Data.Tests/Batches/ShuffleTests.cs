using System.Linq;
using M3oE.Dsl.Data.Rows;
using M3oE.Dsl.Data.Schema;
using M3oE.Dsl.Data.Splits;
using Xunit;

namespace M3oE.Dsl.Data.Tests.Batches;

public sealed class ShuffleTests
{
    private static DataSet Data(long seed, int buffer)
    {
        var values = Enumerable.Range(0, 2000).ToArray();
        var table = new ColumnTable()
            .Add("value", values.Select(v => (double)v).ToArray())
            .Add("label", values.Select(v => (long)(v % 2)).ToArray());
        var schema = new DataSchema(
            [DenseFeature.Of("value")],
            new SingleDomainSpec("all"),
            [new TaskSpec("y", "label")]
        );
        return DataSet.FromSource(
            schema,
            table,
            new DataOptions
            {
                Split = SplitSpec.Ratio(1, 0, 0),
                Seed = seed,
                ShuffleBuffer = buffer,
                BatchSize = 128,
            }
        );
    }

    private static int[] Order(DataSet data, int epoch, bool inMemory = false)
    {
        var map = data.Fit();
        var batches = inMemory
            ? data.Load(DataSplit.Train, map).EncodedBatches(epoch)
            : data.Stream(DataSplit.Train, map).EncodedBatches(epoch);
        return batches.SelectMany(b => b.Dense.Take(b.Count)).Select(v => (int)v).ToArray();
    }

    [Fact]
    public void TheShuffleBufferGivesTheSameOrderForTheSameSeedAndEpoch()
    {
        var first = Order(Data(5, 256), epoch: 3);
        var second = Order(Data(5, 256), epoch: 3);

        Assert.Equal(first, second);
        Assert.Equal(Enumerable.Range(0, 2000), first.Order());
        Assert.NotEqual(Enumerable.Range(0, 2000), first);
    }

    [Fact]
    public void TheShuffleChangesWithTheEpochAndTheSeed()
    {
        var data = Data(5, 256);

        Assert.NotEqual(Order(data, epoch: 0), Order(data, epoch: 1));
        Assert.NotEqual(Order(Data(5, 256), epoch: 0), Order(Data(6, 256), epoch: 0));
    }

    [Fact]
    public void ABoundedBufferMovesRowsOnlyAsFarAsItsSizeAllowsEarly()
    {
        var order = Order(Data(9, 100), epoch: 0);

        // a row can leave the buffer no earlier than its position minus the buffer size
        for (var position = 0; position < 1900; position++)
        {
            Assert.True(order[position] <= position + 100, $"row {order[position]} came out at {position}");
        }
    }

    [Fact]
    public void InMemoryBatchesShuffleDeterministicallyPerEpoch()
    {
        var first = Order(Data(5, 0), epoch: 2, inMemory: true);
        var second = Order(Data(5, 0), epoch: 2, inMemory: true);
        var next = Order(Data(5, 0), epoch: 3, inMemory: true);

        Assert.Equal(first, second);
        Assert.NotEqual(first, next);
        Assert.Equal(Enumerable.Range(0, 2000), first.Order());
    }
}

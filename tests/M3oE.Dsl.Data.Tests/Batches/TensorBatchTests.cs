using System.Linq;
using M3oE.Dsl.Data.Schema;
using M3oE.Dsl.Data.Splits;
using M3oE.Dsl.Data.Synthetic;
using M3oE.Dsl.Runtime.Data;
using TorchSharp;
using Xunit;

namespace M3oE.Dsl.Data.Tests.Batches;

public sealed class TensorBatchTests
{
    [Fact]
    public void StreamedBatchesHaveTheRuntimeShapesAndTypes()
    {
        var generator = new SyntheticGenerator(new SyntheticSettings { Users = 100, Items = 50 });
        var schema = new DataSchema(
            [
                .. generator.Schema.Features,
                new SequenceFeature("history", "item_id", VocabularySpec.Hashed(64), ';', 5),
            ],
            generator.Schema.Domain,
            generator.Schema.Tasks,
            generator.Schema.GroupColumn
        );
        var data = DataSet.FromSource(
            schema,
            generator.ToTable(1000),
            new DataOptions
            {
                BatchSize = 256,
                ShuffleBuffer = 300,
                Split = SplitSpec.Ratio(1, 0, 0),
            }
        );
        var map = data.Fit();

        var batches = data.Stream(DataSplit.Train, map).Batches(0).ToList();
        try
        {
            Assert.Equal([256L, 256, 256, 232], batches.Select(b => b.Count));
            var last = batches[^1];
            Assert.Equal([232L, 4], last.Sparse.shape);
            Assert.Equal(torch.ScalarType.Int64, last.Sparse.dtype);
            Assert.Equal([232L, 2], last.Dense.shape);
            Assert.Equal(torch.ScalarType.Float32, last.Dense.dtype);
            var history = Assert.Single(last.Sequences);
            Assert.Equal([232L, 5], history.shape);
            Assert.Equal(-1L, history[0, 1].item<long>());
            Assert.Equal([232L], last.Domain.shape);
            Assert.Equal(torch.ScalarType.Int64, last.Domain.dtype);
            Assert.Equal([232L, 2], last.Labels.shape);
            Assert.Equal(torch.ScalarType.Float32, last.Labels.dtype);
            Assert.NotNull(last.Group);
            Assert.Equal([232L], last.Group!.shape);
            Assert.InRange(last.Domain.max().item<long>(), 0, 2);
        }
        finally
        {
            foreach (var batch in batches)
            {
                batch.Dispose();
            }
        }
    }

    [Fact]
    public void InMemoryBatchesCoverEveryRowOnce()
    {
        var generator = new SyntheticGenerator(new SyntheticSettings { Users = 100, Items = 50 });
        var data = generator
            .InMemory(900)
            .ToDataSet(new DataOptions { BatchSize = 400, Split = SplitSpec.Ratio(1, 0, 0) });
        var source = data.Load(DataSplit.Train, data.Fit());

        using var scope = torch.NewDisposeScope();
        var total = source.Batches(1).Sum(b => b.Count);

        Assert.Equal(900, total);
        Assert.Equal(900, source.RowCount);
        Assert.IsAssignableFrom<IBatchSource>(source);
    }
}

using System.Linq;
using M3oE.Dsl.Data.Splits;
using M3oE.Dsl.Data.Synthetic;
using M3oE.Dsl.Data.Tests.Support;
using Xunit;

namespace M3oE.Dsl.Data.Tests.Synthetic;

public sealed class SyntheticFilesTests
{
    [Fact]
    public void CsvParquetAndInMemoryCopiesOfTheSameRowsEncodeAlike()
    {
        using var folder = new TempFolder();
        var generator = new SyntheticGenerator(new SyntheticSettings { Users = 200, Items = 100 });
        var csv = folder.File("rows.csv");
        var parquet = folder.File("rows.parquet");
        generator.WriteCsv(csv, 3000);
        generator.WriteParquet(parquet, 3000, rowGroupSize: 700);
        var options = new DataOptions { Split = SplitSpec.Ratio(0.8, 0.1, 0.1, seed: 1), ShuffleTraining = false };

        var sets = new[]
        {
            DataSet.FromCsv(generator.Schema, csv, options),
            DataSet.FromParquet(generator.Schema, parquet, options),
            generator.InMemory(3000).ToDataSet(options),
        };
        var encoded = sets.Select(set =>
            {
                var map = set.Fit();
                return set.Load(DataSplit.Train, map).Rows;
            })
            .ToArray();

        Assert.All(sets, set => Assert.Equal(3000, set.RowCounts!.Values.Sum()));
        foreach (var other in encoded.Skip(1))
        {
            Assert.Equal(encoded[0].Count, other.Count);
            Assert.Equal(encoded[0].Sparse, other.Sparse);
            Assert.Equal(encoded[0].Domain, other.Domain);
            Assert.Equal(encoded[0].Labels, other.Labels);
            Assert.Equal(encoded[0].Group, other.Group);
            Assert.All(encoded[0].Dense.Zip(other.Dense), p => Assert.Equal(p.First, p.Second, 1e-4f));
        }
    }
}

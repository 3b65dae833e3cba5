using System.IO;
using System.Linq;
using M3oE.Dsl.Data.Adapters;
using M3oE.Dsl.Data.Splits;
using M3oE.Dsl.Data.Tests.Support;
using Xunit;

namespace M3oE.Dsl.Data.Tests.Adapters;

public sealed class PublishedSamplesTests
{
    [SkippableFact]
    public void TheAliExpressSampleLoadsWithItsCountryAsTheDomain()
    {
        var folder = SharedData.Require("aliexpress-sample");
        var data = AliExpress
            .LoadSplit([
                (
                    "NL",
                    Path.Combine(folder, "aliexpress_train_sample.csv"),
                    Path.Combine(folder, "aliexpress_test_sample.csv")
                ),
            ])
            .ToDataSet();

        var map = data.Fit();
        var test = data.Stream(DataSplit.Test, map).EncodedBatches(0).ToList();

        Assert.Equal(100, data.RowCounts![DataSplit.Train]);
        Assert.Equal(20, data.RowCounts[DataSplit.Test]);
        Assert.Equal(20, test.Sum(b => b.Count));
        Assert.Equal(16, map.Layout.SparseWidth);
        Assert.Equal(63, map.Layout.DenseWidth);
        Assert.Equal(["click", "conversion"], map.TaskNames);
        Assert.All(test, b => Assert.All(b.Domain, d => Assert.Equal(0, d)));
    }

    [SkippableFact]
    public void TheAliCcpSampleLoadsItsThreeFilesWithColumn301AsTheDomain()
    {
        var folder = SharedData.Require("ali-ccp-sample");
        var data = AliCcp
            .Load(
                Path.Combine(folder, "ali_ccp_train_sample.csv"),
                Path.Combine(folder, "ali_ccp_val_sample.csv"),
                Path.Combine(folder, "ali_ccp_test_sample.csv")
            )
            .ToDataSet(new DataOptions { ShuffleTraining = false });

        var map = data.Fit();
        var train = data.Stream(DataSplit.Train, map).EncodedBatches(0).Single();

        Assert.Equal(100, data.RowCounts![DataSplit.Train]);
        Assert.Equal(50, data.RowCounts[DataSplit.Validation]);
        Assert.Equal(50, data.RowCounts[DataSplit.Test]);
        Assert.Equal(["d1", "d2", "d3"], map.DomainNames);
        Assert.Equal(8, map.Layout.DenseWidth);
        Assert.Equal(22, map.Layout.SparseWidth);
        Assert.Equal([69L, 19, 12], Enumerable.Range(0, 3).Select(d => (long)train.Domain.Count(x => x == d)));
    }

    [SkippableFact]
    public void TheKuaiRandSampleLoadsWithTabAsTheDomainAndClickAsTheTask()
    {
        var folder = SharedData.Require("kuairand-sample");
        var data = KuaiRand
            .Load(Path.Combine(folder, "kuairand_sample.csv"))
            .ToDataSet(new DataOptions { Split = SplitSpec.Ratio(0.8, 0.1, 0.1, seed: 3) });

        var map = data.Fit();
        var rows = data.RowCounts!.Values.Sum();

        Assert.Equal(200, rows);
        Assert.Equal(["tab1"], map.DomainNames);
        Assert.Equal(["click"], map.TaskNames);
        Assert.Equal(
            200,
            new[] { DataSplit.Train, DataSplit.Validation, DataSplit.Test }.Sum(s =>
                data.Stream(s, map).EncodedBatches(0).Sum(b => b.Count)
            )
        );
    }
}

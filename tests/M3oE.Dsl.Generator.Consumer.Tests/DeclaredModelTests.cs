using System.Linq;
using M3oE.Dsl.Data.Splits;
using TorchSharp;

namespace M3oE.Dsl.Generator.Consumer.Tests;

/// <summary>The attribute-declared twin of the spec model trains through its generated types too.</summary>
public sealed class DeclaredModelTests
{
    [Fact]
    public void TheAttributeDeclaredModelLoadsItsRenamedColumnsAndTrains()
    {
        var rows = SyntheticShop
            .Rows(2_000)
            .Select(row => new DeclaredTinyShopRow
            {
                UserId = row.UserId,
                ItemId = row.ItemId,
                UserSegment = row.UserSegment,
                UserActivity = row.UserActivity,
                Domain = row.Domain,
                Clicked = row.Click,
                Liked = row.Like,
            })
            .ToList();
        var data = DeclaredTinyShopData.FromRows(rows);
        var map = data.Fit();
        torch.manual_seed(2);
        using var model = DeclaredTinyShopFactory.CreateModel(map);
        var options = DeclaredTinyShopFactory.CreateTrainerOptions() with { EarlyStopping = null };

        var result = DeclaredTinyShopFactory
            .CreateTrainer(model, options)
            .Fit(data.Load(DataSplit.Train, map), data.Load(DataSplit.Validation, map));

        Assert.Equal(["App", "Web"], System.Enum.GetNames<DeclaredTinyShopDomain>());
        Assert.Equal(4, result.History.Count);
        var losses = result.History.Select(h => h.TrainLoss).ToArray();
        Assert.All(losses, loss => Assert.True(double.IsFinite(loss)));
        Assert.True(losses[^1] < losses[0], $"the training loss did not fall: {string.Join(", ", losses)}");
        Assert.NotNull(result.Validation?.MeanAuc);
    }
}

using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Data.Splits;
using TorchSharp;

namespace M3oE.Dsl.Generator.Consumer.Tests;

/// <summary>
/// The types generated from <c>Specs/tiny-shop.m3oe</c> inside this project's own build: they load data,
/// run a forward pass and train, as an application would use them.
/// </summary>
public sealed class GeneratedModelTests
{
    private const int RowCount = 2_000;

    [Fact]
    public void GeneratedTypesLiveInTheProjectsRootNamespace()
    {
        Assert.Equal("M3oE.Dsl.Generator.Consumer.Tests", typeof(TinyShop).Namespace);
        Assert.Equal(["App", "Web"], System.Enum.GetNames<TinyShopDomain>());
        Assert.Equal(["Click", "Like"], System.Enum.GetNames<TinyShopTask>());
    }

    [Fact]
    public void RowsFromTheGeneratedRecordFillEverySplitOfTheSpec()
    {
        var (data, _) = SyntheticShop.Fitted(RowCount);

        var counts = data.RowCounts!;
        Assert.Equal(RowCount, counts.Values.Sum());
        Assert.InRange(counts[DataSplit.Train], 0.75 * RowCount, 0.85 * RowCount);
        Assert.Equal(0, counts[DataSplit.Test]);
    }

    [Fact]
    public void AForwardPassGivesAProbabilityStrictlyBetweenZeroAndOneForEveryRowAndTask()
    {
        var (data, map) = SyntheticShop.Fitted(RowCount);
        torch.manual_seed(1);
        using var model = TinyShop.Create(map);

        using var noGradients = torch.no_grad();
        using var batch = data.Load(DataSplit.Validation, map).Batches(0).First();
        using var outputs = model.Forward(batch);

        Assert.Equal([batch.Count, TinyShop.TaskCount], outputs.Logits.shape);
        Assert.Equal([batch.Count, TinyShop.TaskCount], outputs.Probabilities.shape);
        Assert.True(outputs.Probabilities.gt(0).all().item<bool>(), "a probability is 0 or below");
        Assert.True(outputs.Probabilities.lt(1).all().item<bool>(), "a probability is 1 or above");

        // one [B] tensor per task, the task's column of the probabilities
        Assert.Equal([batch.Count], outputs.Click.shape);
        Assert.True(outputs.Click.allclose(outputs.Probabilities.select(1, 0)));
        Assert.True(outputs.Like.allclose(outputs.Probabilities.select(1, 1)));
        Assert.True(outputs[TinyShopTask.Like].allclose(outputs.Like));
    }

    [Fact]
    public void TrainingThroughTheGeneratedFactoryKeepsTheLossFiniteAndLowersIt()
    {
        var (data, map) = SyntheticShop.Fitted(RowCount);
        torch.manual_seed(2);
        using var model = TinyShopFactory.CreateModel(map);
        var options = TinyShopFactory.CreateTrainerOptions() with { EarlyStopping = null };
        var trainer = TinyShopFactory.CreateTrainer(model, options);
        var stepLosses = new List<double>();
        trainer.StepCompleted += (_, e) => stepLosses.Add(e.Loss);

        var result = trainer.Fit(data.Load(DataSplit.Train, map), data.Load(DataSplit.Validation, map));

        // the spec's four epochs, each over the training rows in the spec's batches of 128
        var stepsPerEpoch = (data.RowCounts![DataSplit.Train] + 127) / 128;
        Assert.Equal(128, TinyShopData.CreateOptions().BatchSize);
        Assert.Equal(4, result.History.Count);
        Assert.Equal(4 * stepsPerEpoch, stepLosses.Count);
        Assert.All(stepLosses, loss => Assert.True(double.IsFinite(loss), $"a step loss is {loss}"));
        var epochLosses = result.History.Select(h => h.TrainLoss).ToArray();
        Assert.True(
            epochLosses[^1] < epochLosses[0],
            $"the training loss did not fall: {string.Join(", ", epochLosses)}"
        );
        Assert.NotNull(result.Validation?.MeanAuc);
    }
}

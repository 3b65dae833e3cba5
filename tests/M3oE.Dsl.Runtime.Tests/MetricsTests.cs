using System;
using M3oE.Dsl.Runtime.Metrics;
using TorchSharp;

namespace M3oE.Dsl.Runtime.Tests;

public sealed class MetricsTests
{
    [Fact]
    public void AucCountsCorrectlyOrderedPairs()
    {
        var auc = BinaryMetrics.Auc(new[] { 0.1, 0.4, 0.35, 0.8 }, new[] { 0.0, 0, 1, 1 });

        Assert.Equal(0.75, auc!.Value, 12);
    }

    [Fact]
    public void TiedScoresCountAsHalfAPair()
    {
        // pairs (positive, negative): (0.5, 0.5) x2 count 1/2 each, (0.9, 0.5) x2 count 1 each: 3 of 4
        var auc = BinaryMetrics.Auc(new[] { 0.5, 0.5, 0.5, 0.9 }, new[] { 0.0, 1, 0, 1 });

        Assert.Equal(0.75, auc!.Value, 12);
    }

    [Fact]
    public void AllTiedScoresGiveOneHalf()
    {
        Assert.Equal(0.5, BinaryMetrics.Auc(new[] { 0.3, 0.3, 0.3 }, new[] { 1.0, 0, 1 })!.Value, 12);
    }

    [Fact]
    public void AucOfASingleClassIsUndefined()
    {
        Assert.Null(BinaryMetrics.Auc(new[] { 0.1, 0.7 }, new[] { 1.0, 1.0 }));
    }

    [Fact]
    public void LogLossIsTheMeanNegativeLogLikelihood()
    {
        var value = BinaryMetrics.LogLoss(new[] { 0.9, 0.2 }, new[] { 1.0, 0 });

        Assert.Equal(-(Math.Log(0.9) + Math.Log(0.8)) / 2, value!.Value, 12);
    }

    [Fact]
    public void GroupAucWeighsGroupsByRowsAndSkipsSingleClassGroups()
    {
        // group 1: AUC 1 over 2 rows; group 2: AUC 0.5 over 4 rows (tie); group 3: one class only
        var scores = new[] { 0.9, 0.1, 0.4, 0.4, 0.2, 0.6, 0.3, 0.8 };
        var labels = new[] { 1.0, 0, 1, 0, 1, 0, 1, 1 };
        var groups = new long[] { 1, 1, 2, 2, 2, 2, 3, 3 };

        // group 2 by hand: positives 0.4, 0.2; negatives 0.4, 0.6 -> (0.5 + 0) + (0 + 0) = 0.5 of 4 pairs
        var value = BinaryMetrics.GroupAuc(scores, labels, groups);

        Assert.Equal((2 * 1.0 + 4 * 0.125) / 6, value!.Value, 12);
    }

    [Fact]
    public void EvaluationOverSeveralBatchesEqualsOneBatchAndReportsUndefinedCells()
    {
        TorchRuntime.EnsureLoaded();
        var probabilities = new float[] { 0.9f, 0.2f, 0.3f, 0.4f, 0.6f, 0.7f, 0.1f, 0.5f };
        var labels = new float[] { 1, 0, 0, 0, 1, 0, 0, 0 };
        var domains = new long[] { 0, 0, 1, 1 };

        var split = new EvaluationAccumulator(2, 2);
        for (var start = 0; start < 4; start += 2)
        {
            split.Add(
                torch.tensor(probabilities[(start * 2)..((start + 2) * 2)], new long[] { 2, 2 }),
                torch.tensor(labels[(start * 2)..((start + 2) * 2)], new long[] { 2, 2 }),
                torch.tensor(domains[start..(start + 2)])
            );
        }

        var metrics = split.Compute();

        // domain 0 task 0: scores 0.9 (1), 0.3 (0) -> 1; domain 1 task 0: 0.6 (1), 0.1 (0) -> 1;
        // task 1 holds only negatives in both domains
        Assert.Equal(1.0, metrics.Cell(0, 0).Auc);
        Assert.Equal(1.0, metrics.Cell(1, 0).Auc);
        Assert.Null(metrics.Cell(0, 1).Auc);
        Assert.Null(metrics.Cell(1, 1).Auc);
        Assert.Equal(1.0, metrics.MeanAuc);
        Assert.Equal(2, metrics.UndefinedAucCells.Count);
        Assert.Equal(-(Math.Log(0.8) + Math.Log(0.6)) / 2, metrics.Cell(0, 1).LogLoss!.Value, 6);
        Assert.Null(metrics.MeanGroupAuc);
    }
}

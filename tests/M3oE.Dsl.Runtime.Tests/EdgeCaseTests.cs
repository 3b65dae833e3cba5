using System;
using System.Linq;
using M3oE.Dsl.Runtime.Training;
using TorchSharp;

namespace M3oE.Dsl.Runtime.Tests;

public sealed class EdgeCaseTests
{
    [Fact]
    public void OneDomainAndOneTaskTrainsAStep()
    {
        var model = TestModels.Build(TestModels.SmallM3oE(1, 1));
        using var batch = InMemorySource.Make(new SyntheticData(32, 1, 1, seed: 4), Enumerable.Range(0, 32).ToArray());

        var logits = model.forward(batch);
        var loss = new MultiDomainLoss(1, 1).Compute(logits, batch.Labels, batch.Domain);
        loss.backward();

        Assert.Equal(new long[] { 32, 1 }, logits.shape);
        Assert.True(float.IsFinite(loss.item<float>()));
    }

    [Fact]
    public void ABatchMissingADomainGivesAFiniteLossFromThePresentDomainsOnly()
    {
        var model = TestModels.Build(TestModels.SmallM3oE());
        var data = new SyntheticData(200, 3, 2, seed: 8);
        var rows = Enumerable.Range(0, 200).Where(r => data.Domain[r] != 1).Take(20).ToArray();
        using var batch = InMemorySource.Make(data, rows);

        var logits = model.forward(batch);
        var loss = new MultiDomainLoss(3, 2).Compute(logits, batch.Labels, batch.Domain).item<float>();

        // hand computation: mean BCE per present (domain, task), summed
        var z = Tensors.Values(logits);
        double expected = 0;
        foreach (var d in new[] { 0, 2 })
        {
            var members = Enumerable.Range(0, rows.Length).Where(i => data.Domain[rows[i]] == d).ToArray();
            for (var t = 0; t < 2; t++)
            {
                expected += members.Average(i => Bce(z[i * 2 + t], data.Labels[rows[i] * 2 + t]));
            }
        }

        Assert.True(float.IsFinite(loss));
        Assert.Equal(expected, loss, 1e-5);
    }

    [Fact]
    public void ABatchOfOneRowRunsForwardAndBackward()
    {
        var model = TestModels.Build(TestModels.SmallM3oE());
        using var batch = InMemorySource.Make(new SyntheticData(3, 3, 2, seed: 9), new[] { 1 });

        var logits = model.forward(batch);
        var loss = new MultiDomainLoss(3, 2).Compute(logits, batch.Labels, batch.Domain);
        loss.backward();

        Assert.Equal(new long[] { 1, 2 }, logits.shape);
        Assert.True(float.IsFinite(loss.item<float>()));
    }

    [Fact]
    public void TaskWeightsScaleEachTasksTerm()
    {
        using var logits = torch.tensor(new float[] { 0.2f, -1f, 1.5f, 0.3f }, new long[] { 2, 2 });
        using var labels = torch.tensor(new float[] { 1, 0, 0, 1 }, new long[] { 2, 2 });
        using var domain = torch.tensor(new long[] { 0, 0 });

        var loss = new MultiDomainLoss(2, 2, new[] { 2.0, 0.5 }).Compute(logits, labels, domain).item<float>();

        var expected = 2.0 * (Bce(0.2, 1) + Bce(1.5, 0)) / 2 + 0.5 * (Bce(-1, 0) + Bce(0.3, 1)) / 2;
        Assert.Equal(expected, loss, 1e-5);
    }

    [Fact]
    public void PlainMeanReductionAveragesAllOutputs()
    {
        using var logits = torch.tensor(new float[] { 0.2f, -1f, 1.5f }, new long[] { 3, 1 });
        using var labels = torch.tensor(new float[] { 1, 0, 0 }, new long[] { 3, 1 });
        using var domain = torch.tensor(new long[] { 0, 1, 1 });

        var loss = new MultiDomainLoss(2, 1).Compute(logits, labels, domain, LossReduction.PlainMean).item<float>();

        Assert.Equal((Bce(0.2, 1) + Bce(-1, 0) + Bce(1.5, 0)) / 3, loss, 1e-5);
    }

    private static double Bce(double logit, double label)
    {
        var p = 1.0 / (1.0 + Math.Exp(-logit));
        return -(label * Math.Log(p) + (1 - label) * Math.Log(1 - p));
    }
}

using System;
using M3oE.Dsl.Runtime.Modules;

namespace M3oE.Dsl.Runtime.Tests;

public sealed class M3oEFusionTests
{
    private const float Tolerance = 1e-5f;

    [Fact]
    public void FusedOutputEqualsAHandComputationOfBothFusionLevels()
    {
        const int D = 3,
            T = 2;
        var model = TestModels.Build(TestModels.SmallM3oE(D, T));
        Tensors.Set(model.DomainFusion!.Raw!, 0.3f);
        Tensors.Set(model.TaskFusion!.Raw!, -0.5f);
        Tensors.Set(model.ModuleFusion.RawDomain!, 1.2f);
        Tensors.Set(model.ModuleFusion.RawTask!, 0.1f);
        var data = new SyntheticData(7, D, T, seed: 3);
        using var batch = InMemorySource.Make(data, new[] { 0, 1, 2, 3, 4, 5, 6 });

        var trace = model.Trace(batch);

        int rows = 7,
            n = 3,
            e = 8;
        double betaD = Sigmoid(0.3),
            betaT = Sigmoid(-0.5),
            alphaD = Sigmoid(1.2),
            alphaT = Sigmoid(0.1);
        var all = Tensors.Values(trace.SharedExperts);
        var gates = Tensors.Values(trace.Gates);
        var dExp = Tensors.Values(trace.DomainExperts!);
        var tExp = Tensors.Values(trace.TaskExperts!);
        var fused = Tensors.Values(trace.Fused);
        var cellLogits = Tensors.Values(trace.CellLogits);
        var logits = Tensors.Values(trace.Logits);
        for (var b = 0; b < rows; b++)
        {
            for (var t = 0; t < T; t++)
            {
                for (var d = 0; d < D; d++)
                {
                    var i = t * D + d;
                    for (var k = 0; k < e; k++)
                    {
                        double shared = 0;
                        for (var j = 0; j < n; j++)
                        {
                            shared += gates[(b * D * T + i) * n + j] * all[(b * n + j) * e + k];
                        }

                        double otherDomains = 0,
                            otherTasks = 0;
                        for (var j = 0; j < D; j++)
                        {
                            otherDomains += j == d ? 0 : dExp[(b * D + j) * e + k];
                        }

                        for (var j = 0; j < T; j++)
                        {
                            otherTasks += j == t ? 0 : tExp[(b * T + j) * e + k];
                        }

                        var domainFused = betaD * dExp[(b * D + d) * e + k] + (1 - betaD) / (D - 1) * otherDomains;
                        var taskFused = betaT * tExp[(b * T + t) * e + k] + (1 - betaT) / (T - 1) * otherTasks;
                        var expected = shared + alphaD * domainFused + alphaT * taskFused;
                        Assert.Equal(expected, fused[(b * D * T + i) * e + k], Tolerance);
                    }
                }

                // the output of row b, task t is the tower of its own domain
                var own = (int)data.Domain[b];
                Assert.Equal(cellLogits[b * D * T + t * D + own], logits[b * T + t]);
            }
        }
    }

    [Fact]
    public void WithOneDomainAndOneTaskTheOthersTermIsAbsent()
    {
        var model = TestModels.Build(TestModels.SmallM3oE(1, 1));
        Tensors.Set(model.DomainFusion!.Raw!, 0.4f);
        Tensors.Set(model.TaskFusion!.Raw!, -0.2f);
        using var batch = InMemorySource.Make(new SyntheticData(4, 1, 1, seed: 5), new[] { 0, 1, 2, 3 });

        var trace = model.Trace(batch);

        var dExp = Tensors.Values(trace.DomainExperts!);
        var dFused = Tensors.Values(trace.DomainFused!);
        var tExp = Tensors.Values(trace.TaskExperts!);
        var tFused = Tensors.Values(trace.TaskFused!);
        for (var k = 0; k < dExp.Length; k++)
        {
            Assert.Equal(Sigmoid(0.4) * dExp[k], dFused[k], Tolerance);
            Assert.Equal(Sigmoid(-0.2) * tExp[k], tFused[k], Tolerance);
        }

        Assert.All(Tensors.Values(trace.Logits), v => Assert.True(float.IsFinite(v)));
    }

    [Fact]
    public void FixedFusionUsesHalfWeightsAndHasNoStructureParameters()
    {
        var options = TestModels.SmallM3oE() with
        {
            DomainFusion = FusionOptions.FixedHalf,
            TaskFusion = FusionOptions.FixedHalf,
            ModuleFusion = FusionOptions.FixedHalf,
        };
        var model = TestModels.Build(options);

        Assert.Empty(model.ArchitectureParameters());
        Assert.All(model.StructureWeights().Values, w => Assert.Equal(0.5, w));
        Assert.Equal(4, model.StructureWeights().Count);
    }

    [Theory]
    [InlineData(FusionMode.Concatenation, 24)]
    [InlineData(FusionMode.Gate, 8)]
    public void ConcatenatedAndGatedModulesProduceOneOutputPerTask(FusionMode mode, int fusedWidth)
    {
        var fusion = new FusionOptions(mode);
        var options = TestModels.SmallM3oE() with { DomainFusion = fusion, TaskFusion = fusion, ModuleFusion = fusion };
        var model = TestModels.Build(options);
        using var batch = InMemorySource.Make(new SyntheticData(5, 3, 2, seed: 1), new[] { 0, 1, 2, 3, 4 });

        var trace = model.Trace(batch);

        Assert.Equal(new long[] { 5, 6, fusedWidth }, trace.Fused.shape);
        Assert.Equal(new long[] { 5, 2 }, trace.Logits.shape);
        Assert.Empty(model.ArchitectureParameters());
    }

    [Fact]
    public void ModelsWithoutDomainOrTaskPoolsDropThoseTerms()
    {
        var options = TestModels.SmallM3oE() with { DomainExperts = false, TaskExperts = false };
        var model = TestModels.Build(options);
        using var batch = InMemorySource.Make(new SyntheticData(5, 3, 2, seed: 1), new[] { 0, 1, 2, 3, 4 });

        var trace = model.Trace(batch);

        Assert.Null(trace.DomainFused);
        Assert.Equal(Tensors.Values(trace.Shared), Tensors.Values(trace.Fused));
        Assert.Empty(model.ArchitectureParameters());
    }

    private static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
}

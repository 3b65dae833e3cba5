using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using M3oE.Dsl.Runtime.Checkpoints;
using M3oE.Dsl.Runtime.Metrics;
using M3oE.Dsl.Runtime.Modules;
using TorchSharp;

namespace M3oE.Dsl.Runtime.Tests;

public sealed class ExportAndTelemetryTests
{
    [Fact]
    public void SafetensorsUsePyTorchStyleNamesAndLoadBackIntoAFreshModel()
    {
        var path = Path.Combine(Path.GetTempPath(), $"m3oe-{Guid.NewGuid():N}.safetensors");
        var saved = TestModels.Build(TestModels.SmallM3oE(), seed: 1);
        var loaded = TestModels.Build(TestModels.SmallM3oE(), seed: 2);
        using var batch = InMemorySource.Make(new SyntheticData(8, 3, 2, seed: 1), Enumerable.Range(0, 8).ToArray());

        WeightFiles.SaveSafetensors(saved, path);
        WeightFiles.LoadSafetensors(loaded, path);

        var bytes = File.ReadAllBytes(path);
        var headerLength = (int)BitConverter.ToUInt64(bytes, 0);
        using var header = JsonDocument.Parse(Encoding.UTF8.GetString(bytes, 8, headerLength));
        var names = header.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Contains("representation.star.shared_weight", names);
        Assert.Contains("shared_experts.linear0.weight", names);
        Assert.Contains("module_fusion.alpha_domain", names);
        Assert.Contains("input.embeddings.item.weight", names);
        saved.eval();
        loaded.eval();
        Assert.Equal(Tensors.Values(saved.forward(batch)), Tensors.Values(loaded.forward(batch)));
    }

    [Fact]
    public void TorchSharpFormatRoundTrips()
    {
        var path = Path.Combine(Path.GetTempPath(), $"m3oe-{Guid.NewGuid():N}.bin");
        var saved = TestModels.Build(TestModels.SmallM3oE(), seed: 1);
        var loaded = TestModels.Build(TestModels.SmallM3oE(), seed: 2);
        using var batch = InMemorySource.Make(new SyntheticData(8, 3, 2, seed: 1), Enumerable.Range(0, 8).ToArray());

        WeightFiles.SaveTorchSharp(saved, path);
        WeightFiles.LoadTorchSharp(loaded, path);

        Assert.Equal(Tensors.Values(saved.forward(batch)), Tensors.Values(loaded.forward(batch)));
    }

    [Fact]
    public void GateTelemetryGivesEachCellsMeanExpertWeightsAndEntropy()
    {
        var data = new SyntheticData(300, 3, 2, seed: 5);
        var model = TestModels.Build(TestModels.SmallM3oE());

        var cells = GateTelemetry.Measure(model, new InMemorySource(data, 0, 300, 64));

        Assert.Equal(6, cells.Count);
        Assert.Equal(300, cells.Where(c => c.Task == 0).Sum(c => c.Rows));
        foreach (var cell in cells)
        {
            Assert.Equal(data.Domain.Count(d => d == cell.Domain), cell.Rows);
            Assert.Equal(1.0, cell.MeanWeights.Sum(), 6);
            Assert.InRange(cell.MeanEntropy!.Value, 0, Math.Log(3) + 1e-9);
        }
    }

    [Fact]
    public void PoolingIgnoresPaddingOfMultiValuedFeatures()
    {
        TorchRuntime.EnsureLoaded();
        var options = new InputOptions(
            Array.Empty<SparseFeature>(),
            new[]
            {
                new SequenceFeature("a", 4, 1, Pooling.Mean, Table: "t"),
                new SequenceFeature("b", 4, 1, Pooling.Sum, Table: "t"),
                new SequenceFeature("c", 4, 1, Pooling.Max, Table: "t"),
            },
            DenseWidth: 0
        );
        var input = new FeatureInput("input", options);
        using (torch.no_grad())
        {
            input.parameters().Single().copy_(torch.tensor(new float[] { 10, 1, 2, 3 }).view(4, 1));
        }

        var ids = torch.tensor(new long[] { 1, 3, -1, -1, -1, -1 }, new long[] { 2, 3 });
        using var batch = new Data.Batch(
            torch.zeros(2, 0, torch.int64),
            torch.zeros(2, 0),
            new[] { ids, ids.clone(), ids.clone() },
            torch.zeros(2, torch.int64),
            torch.zeros(2, 1)
        );

        var output = Tensors.Values(input.forward(batch));

        Assert.Equal(new float[] { 2, 4, 3, 0, 0, 0 }, output);
    }
}

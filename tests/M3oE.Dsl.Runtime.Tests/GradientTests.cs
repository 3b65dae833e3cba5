using System.Linq;
using M3oE.Dsl.Runtime.Modules;
using M3oE.Dsl.Runtime.Training;
using TorchSharp;

namespace M3oE.Dsl.Runtime.Tests;

public sealed class GradientTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EveryParameterReceivesAGradientFromTheLoss(bool detachGateInput)
    {
        var options = TestModels.SmallM3oE() with { Gate = new GateOptions(1.0, detachGateInput) };
        var model = TestModels.Build(options);
        var data = new SyntheticData(64, 3, 2, seed: 11);
        using var batch = InMemorySource.Make(data, Enumerable.Range(0, 64).ToArray());

        var logits = model.forward(batch);
        new MultiDomainLoss(3, 2).Compute(logits, batch.Labels, batch.Domain).backward();

        foreach (var (name, parameter) in model.named_parameters())
        {
            var grad = parameter.grad;
            Assert.True(grad is not null, $"{name} has no gradient");
            Assert.True(grad!.abs().sum().item<float>() > 0, $"{name} has an all-zero gradient");
        }
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void DetachedGateInputKeepsTheGateLossAwayFromTheRepresentation(bool detach, bool reachesRepresentation)
    {
        var options = TestModels.SmallM3oE() with { Gate = new GateOptions(1.0, detach) };
        var model = TestModels.Build(options);
        using var batch = InMemorySource.Make(new SyntheticData(16, 3, 2, seed: 2), Enumerable.Range(0, 16).ToArray());

        // a loss that depends on the model only through the gate weights
        var trace = model.Trace(batch);
        (trace.Gates * torch.arange(3).to_type(torch.ScalarType.Float32)).sum().backward();

        var gateGradient = model.named_parameters().Where(p => p.name.StartsWith("gates.")).ToList();
        Assert.All(gateGradient, p => Assert.True(p.parameter.grad!.abs().sum().item<float>() > 0));
        var representation = model.named_parameters().Where(p => p.name.StartsWith("representation.")).ToList();
        Assert.NotEmpty(representation);
        var reached = representation.Any(p => p.parameter.grad is { } g && g.abs().sum().item<float>() > 0);
        Assert.Equal(reachesRepresentation, reached);
    }
}

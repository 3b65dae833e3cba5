using System;
using System.Linq;
using M3oE.Dsl.Runtime.Models;
using M3oE.Dsl.Runtime.Modules;
using M3oE.Dsl.Runtime.Training;
using TorchSharp;

namespace M3oE.Dsl.Runtime.Tests;

public sealed class BaselineTests
{
    private static readonly SyntheticData Data = new(3000, 3, 2, seed: 23);
    private static readonly InMemorySource Train = new(Data, 0, 2400, 256, shuffle: true);
    private static readonly InMemorySource Validation = new(Data, 2400, 600, 300);

    public static TheoryData<string> Names => new() { "mlp", "shared_bottom", "mmoe", "ple", "star" };

    [Theory]
    [MemberData(nameof(Names))]
    public void BaselinesProduceOneOutputPerTaskAndLearn(string name)
    {
        TorchRuntime.EnsureLoaded();
        torch.manual_seed(3);
        var model = Build(name);
        using (var batch = InMemorySource.Make(Data, Enumerable.Range(0, 10).ToArray()))
        {
            Assert.Equal(new long[] { 10, 2 }, model.forward(batch).shape);
        }

        var result = new Trainer(model, new TrainerOptions { Epochs = 3, LearningRate = 1e-2 }).Fit(Train, Validation);

        Assert.True(result.History[^1].TrainLoss < result.History[0].TrainLoss, name);
        Assert.True(result.Validation!.MeanAuc > 0.6, $"{name}: {result.Validation.MeanAuc}");
    }

    private static MultiDomainModel Build(string name)
    {
        var input = SyntheticData.Input;
        var small = new MlpOptions(new[] { 16 });
        return name switch
        {
            "mlp" => new MlpModel(
                new MlpModelOptions
                {
                    Domains = 3,
                    Tasks = 2,
                    Input = input,
                    Hidden = small,
                }
            ),
            "shared_bottom" => new SharedBottomModel(
                new SharedBottomOptions
                {
                    Domains = 3,
                    Tasks = 2,
                    Input = input,
                    Bottom = small,
                    Tower = small,
                }
            ),
            "mmoe" => new MmoeModel(
                new MmoeOptions
                {
                    Domains = 3,
                    Tasks = 2,
                    Input = input,
                    Experts = 3,
                    Expert = small,
                    Tower = small,
                }
            ),
            "ple" => new PleModel(
                new PleOptions
                {
                    Domains = 3,
                    Tasks = 2,
                    Input = input,
                    Levels = 2,
                    Expert = small,
                    Tower = small,
                }
            ),
            "star" => new StarModel(
                new StarOptions
                {
                    Domains = 3,
                    Tasks = 2,
                    Input = input,
                    Widths = new[] { 16 },
                }
            ),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }
}

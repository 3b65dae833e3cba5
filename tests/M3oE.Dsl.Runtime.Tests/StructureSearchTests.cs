using System.Linq;
using M3oE.Dsl.Runtime.Modules;
using M3oE.Dsl.Runtime.Search;
using M3oE.Dsl.Runtime.Training;

namespace M3oE.Dsl.Runtime.Tests;

public sealed class StructureSearchTests
{
    private static readonly SyntheticData Data = new(2000, 3, 2, seed: 17);
    private static readonly InMemorySource Train = new(Data, 0, 1600, 256, shuffle: true);
    private static readonly InMemorySource Validation = new(Data, 1600, 400, 200);

    [Fact]
    public void StructureParametersAndWeightsAreDisjointAndCoverEveryParameter()
    {
        var model = TestModels.Build(TestModels.SmallM3oE());

        var split = ParameterSplit.Of(model);

        var architecture = split.Architecture.Select(p => p.Name).ToHashSet();
        var weights = split.Weights.Select(p => p.Name).ToHashSet();
        Assert.Equal(
            new[]
            {
                "domain_fusion.beta",
                "module_fusion.alpha_domain",
                "module_fusion.alpha_task",
                "task_fusion.beta",
            },
            architecture.Order()
        );
        Assert.Empty(architecture.Intersect(weights));
        Assert.Equal(model.named_parameters().Select(p => p.name).ToHashSet(), architecture.Union(weights).ToHashSet());
    }

    [Fact]
    public void BilevelSearchMovesTheStructureWeightsOnValidationBatches()
    {
        var model = TestModels.Build(TestModels.SmallM3oE());
        var options = new TrainerOptions
        {
            Epochs = 1,
            LearningRate = 1e-2,
            Search = new StructureSearchOptions { Schedule = ArchitectureSchedule.EveryKSteps, EverySteps = 2 },
        };

        var result = new Trainer(model, options).Fit(Train, Validation);

        Assert.Equal(4, result.StructureWeights.Count);
        Assert.All(result.StructureWeights.Values, w => Assert.NotEqual(0.7310585786, w, 6));
    }

    [Fact]
    public void TheReferenceVariantAlsoTrainsTheStructureInTheWeightOptimiser()
    {
        var reference = TestModels.Build(TestModels.SmallM3oE());
        var options = new TrainerOptions
        {
            Epochs = 1,
            LearningRate = 1e-2,
            Search = StructureSearchOptions.Reference,
        };
        var architectureSteps = 0;
        var trainer = new Trainer(reference, options);
        trainer.ArchitectureStepCompleted += (_, _) => architectureSteps++;

        var result = trainer.Fit(Train, Validation);

        // one Adam step at lr 1e-3 moves a raw value by about 1e-3 (a weight by 2e-4); the weight optimiser moves more
        Assert.Equal(1, architectureSteps);
        Assert.Contains(result.StructureWeights.Values, w => System.Math.Abs(w - 0.7310585786) > 2e-3);
    }

    [Fact]
    public void WithoutStructureSearchTheWeightsStayAtOneHalf()
    {
        var options = TestModels.SmallM3oE() with
        {
            DomainFusion = FusionOptions.FixedHalf,
            TaskFusion = FusionOptions.FixedHalf,
            ModuleFusion = FusionOptions.FixedHalf,
        };
        var model = TestModels.Build(options);

        var result = new Trainer(model, new TrainerOptions { Epochs = 1, LearningRate = 1e-2 }).Fit(Train, Validation);

        Assert.Equal(4, result.StructureWeights.Count);
        Assert.All(result.StructureWeights.Values, w => Assert.Equal(0.5, w));
    }

    [Fact]
    public void FrozenStructureKeepsItsInitialValues()
    {
        var model = TestModels.Build(TestModels.SmallM3oE());
        var options = new TrainerOptions
        {
            Epochs = 1,
            Search = new StructureSearchOptions { Mode = StructureSearchMode.Frozen },
        };

        var result = new Trainer(model, options).Fit(Train, Validation);

        Assert.All(result.StructureWeights.Values, w => Assert.Equal(0.7310585786, w, 6));
    }
}

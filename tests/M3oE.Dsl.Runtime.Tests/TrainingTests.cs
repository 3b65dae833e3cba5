using System;
using System.IO;
using System.Linq;
using M3oE.Dsl.Runtime.Metrics;
using M3oE.Dsl.Runtime.Training;

namespace M3oE.Dsl.Runtime.Tests;

public sealed class TrainingTests
{
    private static readonly SyntheticData Data = new(6000, 3, 2, seed: 42);
    private static readonly InMemorySource Train = new(Data, 0, 4800, 256, shuffle: true);
    private static readonly InMemorySource Validation = new(Data, 4800, 1200, 512);

    private static TrainerOptions Fast(int epochs) =>
        new()
        {
            Epochs = epochs,
            LearningRate = 1e-2,
            Seed = 5,
        };

    [Fact]
    public void M3oELearnsAPlantedStructureWellAboveChance()
    {
        var model = TestModels.Build(TestModels.SmallM3oE());
        var result = new Trainer(model, Fast(4)).Fit(Train, Validation);

        Assert.True(result.Validation!.MeanAuc > 0.7, $"mean AUC {result.Validation.MeanAuc}");
        Assert.Empty(result.Validation.UndefinedAucCells);
        Assert.Equal(4, result.History.Count);
    }

    [Fact]
    public void TheSameSeedTwiceGivesIdenticalMetrics()
    {
        TrainingResult Run() => new Trainer(TestModels.Build(TestModels.SmallM3oE()), Fast(2)).Fit(Train, Validation);

        var first = Run();
        var second = Run();

        Assert.Equal(first.History.Select(h => h.TrainLoss), second.History.Select(h => h.TrainLoss));
        Assert.Equal(first.Validation!.Cells.Select(c => c.Auc), second.Validation!.Cells.Select(c => c.Auc));
        Assert.Equal(first.StructureWeights, second.StructureWeights);
    }

    [Fact]
    public void ResumingFromACheckpointContinuesExactlyWhereTrainingStopped()
    {
        var uninterruptedDirectory = TemporaryDirectory();
        var interruptedDirectory = TemporaryDirectory();
        var uninterrupted = new Trainer(
            TestModels.Build(TestModels.SmallM3oE()),
            Fast(3) with
            {
                CheckpointDirectory = uninterruptedDirectory,
            }
        ).Fit(Train, Validation);

        // two epochs, then a "killed" write of the next checkpoint, then a fresh process resumes
        new Trainer(
            TestModels.Build(TestModels.SmallM3oE()),
            Fast(2) with
            {
                CheckpointDirectory = interruptedDirectory,
            }
        ).Fit(Train, Validation);
        File.WriteAllText(Path.Combine(interruptedDirectory, "checkpoint.m3oe.tmp"), "half a file");
        var resumed = new Trainer(
            TestModels.Build(TestModels.SmallM3oE(), seed: 99),
            Fast(3) with
            {
                CheckpointDirectory = interruptedDirectory,
                Resume = true,
            }
        ).Fit(Train, Validation);

        Assert.Equal(2, resumed.ResumedAtEpoch);
        Assert.Equal(3, resumed.History.Count);
        Assert.Equal(uninterrupted.History.Select(h => h.TrainLoss), resumed.History.Select(h => h.TrainLoss));
        Assert.Equal(uninterrupted.Validation!.Cells.Select(c => c.Auc), resumed.Validation!.Cells.Select(c => c.Auc));
    }

    [Fact]
    public void ANonFiniteLossStopsTrainingNamingEpochAndStep()
    {
        var data = new SyntheticData(512, 3, 2, seed: 6);
        data.Dense[300] = float.NaN;
        var model = TestModels.Build(TestModels.SmallM3oE());

        var error = Assert.Throws<NonFiniteLossException>(() =>
            new Trainer(model, Fast(1)).Fit(new InMemorySource(data, 0, 512, 128), Validation)
        );

        Assert.Equal(0, error.Epoch);
        Assert.Equal(2, error.Step);
        Assert.Contains("epoch 0, step 2", error.Message);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(50, false)]
    public void EarlyStoppingPutsBackTheWeightsOfTheBestEpoch(int patience, bool stopsEarly)
    {
        // "smaller AUC is better" makes the first epoch the best one while the model keeps improving
        var options = Fast(4) with
        {
            EarlyStopping = new EarlyStoppingOptions(Metric.MeanAuc, MetricMode.Min, patience),
        };
        var model = TestModels.Build(TestModels.SmallM3oE());

        var result = new Trainer(model, options).Fit(Train, Validation);

        Assert.Equal(0, result.BestEpoch);
        Assert.Equal(stopsEarly, result.StoppedEarly);
        Assert.Equal(stopsEarly ? 3 : 4, result.History.Count);
        Assert.Equal(result.History[0].MeanAuc, result.Validation!.MeanAuc);
        Assert.NotEqual(result.History[^1].MeanAuc, result.Validation.MeanAuc);
    }

    [Fact]
    public void StepAndCosineSchedulesSetTheLearningRateOfEachEpoch()
    {
        var step = new LearningRateSchedule(ScheduleKind.Step, StepSize: 2, Gamma: 0.5);
        var cosine = new LearningRateSchedule(ScheduleKind.Cosine, MinimumRate: 0.0);

        Assert.Equal(new[] { 1.0, 1.0, 0.5, 0.5, 0.25 }, Enumerable.Range(0, 5).Select(e => step.RateAt(1.0, e, 5)));
        Assert.Equal(1.0, cosine.RateAt(1.0, 0, 4), 12);
        Assert.Equal(0.5, cosine.RateAt(1.0, 2, 4), 12);

        var model = TestModels.Build(TestModels.SmallM3oE());
        var result = new Trainer(model, Fast(2) with { Schedule = step, GradientClipNorm = 1.0 }).Fit(
            Train,
            Validation
        );
        Assert.Equal(new[] { 1e-2, 1e-2 }, result.History.Select(h => h.LearningRate));
    }

    [Fact]
    public void ProgressIsReportedThroughEvents()
    {
        var model = TestModels.Build(TestModels.SmallM3oE());
        var trainer = new Trainer(model, Fast(1));
        int steps = 0,
            epochs = 0,
            architectureSteps = 0;
        trainer.StepCompleted += (_, _) => steps++;
        trainer.EpochCompleted += (_, _) => epochs++;
        trainer.ArchitectureStepCompleted += (_, _) => architectureSteps++;

        trainer.Fit(Train, Validation);

        Assert.Equal(19, steps);
        Assert.Equal(1, epochs);
        Assert.Equal(19, architectureSteps);
    }

    private static string TemporaryDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "m3oe-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}

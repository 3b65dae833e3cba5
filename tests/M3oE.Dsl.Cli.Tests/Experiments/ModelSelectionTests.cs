using System.Collections.Generic;
using M3oE.Dsl.Cli.Experiments;

namespace M3oE.Dsl.Cli.Tests.Experiments;

public sealed class ModelSelectionTests
{
    private static readonly GridPoint Fast = new(0.01, 4096);
    private static readonly GridPoint Slow = new(0.001, 4096);
    private static readonly GridPoint[] Grid = [Fast, Slow];

    [Fact]
    public void TheHighestValidationAucIsChosenWhateverTheTestSays()
    {
        var runs = new Dictionary<string, RunResult>
        {
            [Fast.Key] = ReportFixtures.Run("M", Fast, 1, validationAuc: 0.70, testAuc: 0.90),
            [Slow.Key] = ReportFixtures.Run("M", Slow, 1, validationAuc: 0.75, testAuc: 0.60),
        };

        Assert.Equal(Slow, ModelSelection.Choose(Grid, runs));
    }

    [Fact]
    public void ATieGoesToThePointListedFirst()
    {
        var runs = new Dictionary<string, RunResult>
        {
            [Slow.Key] = ReportFixtures.Run("M", Slow, 1, validationAuc: 0.75, testAuc: 0.7),
            [Fast.Key] = ReportFixtures.Run("M", Fast, 1, validationAuc: 0.75, testAuc: 0.7),
        };

        Assert.Equal(Fast, ModelSelection.Choose(Grid, runs));
    }

    [Fact]
    public void NothingIsChosenBeforeATuningRunFinished() =>
        Assert.Null(ModelSelection.Choose(Grid, new Dictionary<string, RunResult>()));
}

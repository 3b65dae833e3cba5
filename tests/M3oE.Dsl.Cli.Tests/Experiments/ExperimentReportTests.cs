using System;
using System.Collections.Generic;
using System.IO;
using M3oE.Dsl.Cli.Experiments;

namespace M3oE.Dsl.Cli.Tests.Experiments;

public sealed class ExperimentReportTests : IDisposable
{
    private static readonly GridPoint Fast = new(0.01, 4096);
    private static readonly GridPoint Slow = new(0.001, 4096);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "m3oec-report-" + Guid.NewGuid().ToString("N"));
    private readonly ExperimentModel _reference = ReportFixtures.Model(
        "Ref",
        ModelRole.Reference,
        new PublishedFigures("paper", 77.02, 50.71, [])
    );
    private readonly ExperimentModel _ablation = ReportFixtures.Model(
        "Abl",
        ModelRole.Ablation,
        new PublishedFigures("paper", 76.37, null, [])
    );
    private readonly ExperimentModel _baseline = ReportFixtures.Model("Base", ModelRole.Baseline);
    private readonly string _report;

    public ExperimentReportTests()
    {
        var file = ReportFixtures.File(_folder, [Fast, Slow], _reference, _ablation, _baseline);

        // the reference tunes to the fast point, the baseline to the slow one
        Save(file, _reference, Fast, 1, 0.80, 0.80, 0.6);
        Save(file, _reference, Slow, 1, 0.78, 0.95);
        Save(file, _reference, Fast, 2, 0.81, 0.82, 0.7);
        Save(file, _reference, Fast, 3, 0.82, 0.84, 0.8);
        Save(file, _baseline, Fast, 1, 0.70, 0.95);
        Save(file, _baseline, Slow, 1, 0.79, 0.78);
        Save(file, _baseline, Slow, 2, 0.79, 0.79);
        Save(file, _baseline, Slow, 3, 0.79, 0.83);

        // a run at a point the baseline did not choose is not part of its figures
        Save(file, _baseline, Fast, 2, 0.70, 0.99);

        // the ablation has run two of the three seeds
        Save(file, _ablation, Fast, 1, 0.79, 0.81);
        Save(file, _ablation, Slow, 1, 0.70, 0.70);
        Save(file, _ablation, Fast, 2, 0.79, 0.80);

        _report = ExperimentReport.Build(file, "m3oec experiment experiment.json");
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void TheMainTableHoldsTheMeanAndSpreadOfTheChosenPointOverSeeds()
    {
        // reference 0.80, 0.82, 0.84; baseline 0.78, 0.79, 0.83 (sd = sqrt(7) / 100)
        Assert.Contains("| Ref | reference | 81.00 | 83.00 | 82.00 ± 2.00 | 40.00 ± 0.00 | 3 | 2.0 (1.0) |", _report);
        Assert.Contains("| Base | baseline | 79.00 | 81.00 | 80.00 ± 2.65 | 40.00 ± 0.00 | 3 | 2.0 (1.0) |", _report);
        Assert.DoesNotContain("99.", _report);
    }

    [Fact]
    public void TheReferenceIsComparedWithEachModelSeedBySeed()
    {
        // differences 0.02, 0.03, 0.01 with the baseline; 0.80 - 0.81 and 0.82 - 0.80 with the ablation
        Assert.Contains("| Base | 2.00 ± 1.00 | 1.00 | 3.00 | 3 of 3 |", _report);
        Assert.Contains("| Abl | 0.50 ± 2.12 | -1.00 | 2.00 | 1 of 2 |", _report);
    }

    [Fact]
    public void TheAblationTableShowsTheChangeAgainstTheReferenceBesideThePublishedOne()
    {
        Assert.Contains("| Ref | 82.00 ± 2.00 | - | 77.02 | - |", _report);
        Assert.Contains("| Abl | 80.50 ± 0.71 | -0.50 ± 2.12 | 76.37 | -0.65 |", _report);
    }

    [Theory]
    [InlineData(0.77024, "77.02")]
    [InlineData(-0.00001, "0.00")]
    [InlineData(-0.0123, "-1.23")]
    [InlineData(null, "-")]
    public void FiguresAreShownTimesAHundredWithTwoDecimals(double? value, string shown) =>
        Assert.Equal(shown, ExperimentReport.Percent(value));

    [Fact]
    public void TuningShowsEveryPointAndMarksTheChosenOne()
    {
        Assert.Contains("| Ref | 80.00 * | 78.00 |", _report);
        Assert.Contains("| Base | 70.00 | 79.00 * |", _report);
    }

    [Fact]
    public void FusionWeightsAreAveragedOverSeeds()
    {
        Assert.Contains("| Ref | 0.7000 ± 0.1000 |", _report);
        Assert.DoesNotContain("| Base | 0.", _report);
    }

    [Fact]
    public void TheOutcomeRanksModelsAndTheNotesFollowTheTables()
    {
        Assert.Contains("Ranked by mean test AUC: Ref 82.00, Abl 80.50, Base 80.00. Ref ranks 1 of 3.", _report);
        Assert.Contains("m3oec experiment experiment.json", _report);
        Assert.EndsWith("A note of the author.\n", _report);
    }

    private static void Save(
        ExperimentFile file,
        ExperimentModel model,
        GridPoint point,
        int seed,
        double validation,
        double test,
        double? alpha = null
    ) =>
        ReportFixtures.Save(
            file,
            model,
            ReportFixtures.Run(
                model.Name,
                point,
                seed,
                validation,
                test,
                alpha is { } a ? new Dictionary<string, double> { ["alpha_domain"] = a } : null
            )
        );
}

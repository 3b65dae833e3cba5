using System.Collections.Generic;
using System.IO;
using M3oE.Dsl.Cli.Experiments;

namespace M3oE.Dsl.Cli.Tests.Experiments;

/// <summary>Hand-made run results with known figures, for the selection and report arithmetic.</summary>
internal static class ReportFixtures
{
    /// <summary>
    /// A run with two domains and one task; the two test cells lie 0.01 either side of <paramref name="testAuc"/>.
    /// </summary>
    public static RunResult Run(
        string model,
        GridPoint point,
        int seed,
        double validationAuc,
        double testAuc,
        IReadOnlyDictionary<string, double>? fusion = null
    ) =>
        new(
            model,
            model + "Spec",
            model + ".m3oe",
            "baseline",
            seed,
            point.LearningRate,
            point.Batch ?? 1024,
            point.Key,
            2,
            2,
            1,
            false,
            800,
            new SplitFigures(100, validationAuc, 0.5, []),
            new SplitFigures(
                100,
                testAuc,
                0.4,
                [
                    new CellFigures("a", "t", 50, 20, testAuc - 0.01, 0.4),
                    new CellFigures("b", "t", 50, 20, testAuc + 0.01, 0.4),
                ]
            ),
            testAuc,
            fusion ?? new Dictionary<string, double>(),
            [new EpochFigures(1, 0.6, validationAuc), new EpochFigures(2, 0.5, validationAuc - 0.01)],
            $"seed-{seed}.predictions.csv",
            "2026-01-01T10:00:00Z",
            30,
            "2 cores, test"
        );

    public static ExperimentModel Model(string name, ModelRole role, PublishedFigures? published = null) =>
        new(name, name + ".m3oe", name + ".m3oe", null, role, published);

    public static ExperimentFile File(string folder, IReadOnlyList<GridPoint> grid, params ExperimentModel[] models) =>
        new(
            Path.Combine(folder, "experiment.json"),
            "Fixture experiment",
            Path.Combine(folder, "data.csv"),
            Path.Combine(folder, "runs"),
            Path.Combine(folder, "results.md"),
            [1, 2, 3],
            2,
            grid,
            models,
            null,
            ["A note of the author."]
        );

    public static void Save(ExperimentFile file, ExperimentModel model, RunResult result)
    {
        var point = new GridPoint(result.LearningRate, result.Batch);
        var path = ExperimentPaths.Result(file.Output, model, point, result.Seed);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        result.Write(path);
    }
}

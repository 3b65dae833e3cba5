using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using M3oE.Dsl.Language.Tests.Infrastructure;

namespace M3oE.Dsl.Cli.Tests.Experiments;

[Collection("working directory")]
public sealed class ExperimentCommandTests : IDisposable
{
    private const string Experiment = "samples/movielens/experiment.json";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "m3oec-exp-" + Guid.NewGuid().ToString("N"));

    public ExperimentCommandTests()
    {
        Directory.CreateDirectory(_folder);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [SkippableFact]
    public void TheQuickModeWritesResultsAndPredictionsThatAgreeAndAReportAndThenResumes()
    {
        MovieLensData.Require();
        var output = Path.Combine(_folder, "quick");

        var (code, progress, error) = CliRunner.Run(
            RepositoryPaths.Root,
            "experiment",
            Experiment,
            "--quick",
            "--models",
            "M3oE,MLP",
            "--out",
            output
        );

        Assert.True(code == 0, error);
        var results = Directory.GetFiles(output, "seed-*.json", SearchOption.AllDirectories).Order().ToList();
        Assert.Equal(2, results.Count);
        Assert.Contains("M3oE, lr 0.01, batch 4096, seed 1: 1 epochs", progress);
        foreach (var path in results)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement;
            Assert.Equal(1, root.GetProperty("seed").GetInt32());
            Assert.Equal(1, root.GetProperty("epochs").GetInt32());
            Assert.Equal(1, root.GetProperty("bestEpoch").GetInt32());

            // every test row has a prediction, and the AUCs recomputed from the file are the reported ones
            var test = root.GetProperty("test");
            var predictions = Path.Combine(Path.GetDirectoryName(path)!, root.GetProperty("predictions").GetString()!);
            var (rows, aucs) = PredictionCheck.Read(predictions);
            Assert.Equal(test.GetProperty("rows").GetInt64(), rows);
            Assert.InRange(rows, 9_000, 11_000);
            var cells = test.GetProperty("cells").EnumerateArray().ToList();
            Assert.Equal(6, cells.Count);
            Assert.Equal(cells.Where(IsClick).Sum(c => c.GetProperty("rows").GetInt64()), rows);
            foreach (var cell in cells)
            {
                var key = (cell.GetProperty("domain").GetString()!, cell.GetProperty("task").GetString()!);
                Assert.Equal(aucs[key], cell.GetProperty("auc").GetDouble(), 9);
            }

            var mean = test.GetProperty("meanAuc").GetDouble();
            Assert.Equal(aucs.Values.Average(), mean, 9);
            Assert.Equal(root.GetProperty("trainerTestAuc").GetDouble(), mean, 6);
            Assert.InRange(mean, 0.6, 0.95);

            var weights = root.GetProperty("fusionWeights").EnumerateObject().Select(p => p.Name).ToList();
            if (root.GetProperty("model").GetString() == "M3oE")
            {
                Assert.Equal(["beta_domain", "beta_task", "alpha_domain", "alpha_task"], weights);
            }
            else
            {
                Assert.Empty(weights);
            }
        }

        var report = File.ReadAllText(Path.Combine(output, "results.md"));
        Assert.Contains("## Test AUC per (domain, task), overall AUC and log loss", report);
        Assert.Contains("| model | role | young click | young like | adult click |", report);
        Assert.Contains("| M3oE | reference |", report);
        Assert.Contains("| MLP | baseline |", report);
        Assert.Contains("## M3oE against each model, paired by seed", report);
        Assert.Contains("## Fusion weights after training", report);
        Assert.Contains("## Tuning", report);
        Assert.Contains("--quick", report);
        Assert.False(File.Exists(Path.Combine(RepositoryPaths.Root, "docs", "results.md.tmp")));

        // a second run finds every results file and trains nothing
        var written = results.Select(File.GetLastWriteTimeUtc).ToList();
        var (again, secondProgress, secondError) = CliRunner.Run(
            RepositoryPaths.Root,
            "experiment",
            Experiment,
            "--quick",
            "--models",
            "M3oE,MLP",
            "--out",
            output
        );
        Assert.True(again == 0, secondError);
        Assert.Equal(2, secondProgress.Split('\n').Count(l => l.EndsWith("skipped", StringComparison.Ordinal)));
        Assert.DoesNotContain("training", secondProgress);
        Assert.Equal(written, results.Select(File.GetLastWriteTimeUtc).ToList());
    }

    private static bool IsClick(JsonElement cell) => cell.GetProperty("task").GetString() == "click";

    [SkippableFact]
    public void EveryModelIsTunedOnTheFirstSeedAndOnlyTheChosenPointRunsOnTheOthers()
    {
        var data = MovieLensData.Require();
        var spec = Path.Combine(RepositoryPaths.Root, "samples", "movielens", "baselines", "mlp.m3oe");
        var file = Path.Combine(_folder, "tuning.json");
        File.WriteAllText(
            file,
            $$"""
            {
              "data": {{JsonSerializer.Serialize(data)}},
              "output": "runs",
              "report": "report.md",
              "seeds": [11, 12],
              "epochs": 1,
              "threads": 1,
              "grid": { "learningRate": [0.01, 0.0001], "batch": [8192] },
              "models": [ { "name": "MLP", "spec": {{JsonSerializer.Serialize(spec)}}, "role": "reference" } ]
            }
            """
        );

        var (code, _, error) = CliRunner.Run(_folder, "experiment", "tuning.json", "--quiet");

        Assert.True(code == 0, error);
        var runs = Path.Combine(_folder, "runs", "mlp");
        var fast = Path.Combine(runs, "lr-0.01_batch-8192");
        var slow = Path.Combine(runs, "lr-0.0001_batch-8192");
        Assert.True(File.Exists(Path.Combine(fast, "seed-11.json")));
        Assert.True(File.Exists(Path.Combine(slow, "seed-11.json")));
        var auc = (string folder) =>
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "seed-11.json")));
            return json.RootElement.GetProperty("validation").GetProperty("meanAuc").GetDouble();
        };
        var (chosen, other) = auc(fast) >= auc(slow) ? (fast, slow) : (slow, fast);
        Assert.True(File.Exists(Path.Combine(chosen, "seed-12.json")));
        Assert.True(File.Exists(Path.Combine(chosen, "seed-12.predictions.csv")));
        Assert.False(File.Exists(Path.Combine(other, "seed-12.json")));
        var report = File.ReadAllText(Path.Combine(_folder, "report.md"));
        Assert.Contains("2 grid points (lr 0.01, batch 8192; lr 0.0001, batch 8192)", report);
        Assert.Matches(@"\| MLP \| reference \|( [0-9.]+ \|){6} [0-9.]+ ± [0-9.]+ \|", report);
    }

    [Theory]
    [InlineData("{ \"data\": ", "bad.json(1,", "is not valid JSON")]
    [InlineData("[]", "field 'the top level'", "expected an object")]
    [InlineData(
        "{ \"data\": \"rows.csv\", \"output\": \"o\", \"report\": \"r.md\", \"seeds\": [1, 1], \"epochs\": 1 }",
        "field 'seeds[1]'",
        "listed twice"
    )]
    [InlineData(
        "{ \"data\": \"rows.csv\", \"output\": \"o\", \"report\": \"r.md\", \"seeds\": [1], \"epochs\": 0 }",
        "field 'epochs'",
        "at least 1"
    )]
    [InlineData("{ \"data\": \"missing.csv\" }", "field 'data'", "does not exist")]
    [InlineData("{ \"data\": \"rows.csv\", \"epoch\": 3 }", "field 'epoch'", "unknown field")]
    [InlineData(
        "{ \"data\": \"rows.csv\", \"output\": \"o\", \"report\": \"r.md\", \"seeds\": [1], \"epochs\": 1, "
            + "\"grid\": { \"learningRate\": [0.01] }, \"models\": [ { \"name\": \"A\", \"spec\": \"none.m3oe\", "
            + "\"role\": \"reference\" } ] }",
        "field 'models[0].spec'",
        "the spec 'none.m3oe' does not exist"
    )]
    [InlineData(
        "{ \"data\": \"rows.csv\", \"output\": \"o\", \"report\": \"r.md\", \"seeds\": [1], \"epochs\": 1, "
            + "\"grid\": { \"learningRate\": [0.01] }, \"models\": [ { \"name\": \"A\", \"spec\": \"a.m3oe\", "
            + "\"role\": \"baseline\" } ] }",
        "field 'models'",
        "exactly one model must have the role 'reference'; 0 do"
    )]
    [InlineData(
        "{ \"data\": \"rows.csv\", \"output\": \"o\", \"report\": \"r.md\", \"seeds\": [1], \"epochs\": 1, "
            + "\"grid\": { \"learningRate\": [-1] } }",
        "field 'grid.learningRate[0]'",
        "above 0"
    )]
    public void ABadExperimentFileIsReportedWithItsFileAndFieldAndExitCodeOne(string json, string where, string what)
    {
        File.WriteAllText(Path.Combine(_folder, "rows.csv"), "a,b\n1,2\n");
        File.WriteAllText(Path.Combine(_folder, "a.m3oe"), "model A {}\n");
        File.WriteAllText(Path.Combine(_folder, "bad.json"), json);

        var (code, _, error) = CliRunner.Run(_folder, "experiment", "bad.json");

        Assert.Equal(1, code);
        Assert.StartsWith("m3oec: bad.json", error);
        Assert.Contains(where, error);
        Assert.Contains(what, error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void AMissingExperimentFileIsReported()
    {
        var (code, _, error) = CliRunner.Run(_folder, "experiment", "absent.json");

        Assert.Equal(1, code);
        Assert.Contains("cannot read the experiment file 'absent.json'", error);
    }

    [Fact]
    public void ASpecWithErrorsStopsTheExperimentBeforeAnyTraining()
    {
        File.WriteAllText(Path.Combine(_folder, "rows.csv"), "a,b\n1,2\n");
        File.WriteAllText(Path.Combine(_folder, "broken.m3oe"), "model Broken {\n  tasks { t r > 1 }\n}\n");
        File.WriteAllText(
            Path.Combine(_folder, "broken.json"),
            "{ \"data\": \"rows.csv\", \"output\": \"o\", \"report\": \"r.md\", \"seeds\": [1], \"epochs\": 1, "
                + "\"grid\": { \"learningRate\": [0.01] }, \"models\": [ { \"name\": \"B\", \"spec\": \"broken.m3oe\", "
                + "\"role\": \"reference\" } ] }"
        );

        var (code, output, error) = CliRunner.Run(_folder, "experiment", "broken.json");

        Assert.Equal(1, code);
        Assert.Contains("error M3OE", output);
        Assert.Contains("the spec 'broken.m3oe' of model 'B' has errors", error);
        Assert.False(Directory.Exists(Path.Combine(_folder, "o")));
        Assert.False(File.Exists(Path.Combine(_folder, "r.md")));
    }

    [Fact]
    public void ResultsOfAnotherEpochCapAreNotMixedIn()
    {
        var spec = Path.Combine(RepositoryPaths.Root, "samples", "movielens", "baselines", "mlp.m3oe");
        File.WriteAllText(Path.Combine(_folder, "rows.csv"), "a,b\n1,2\n");
        File.WriteAllText(
            Path.Combine(_folder, "capped.json"),
            "{ \"data\": \"rows.csv\", \"output\": \"o\", \"report\": \"r.md\", \"seeds\": [1], \"epochs\": 3, "
                + "\"grid\": { \"learningRate\": [0.01] }, \"models\": [ { \"name\": \"MLP\", \"spec\": "
                + JsonSerializer.Serialize(spec)
                + ", \"role\": \"reference\" } ] }"
        );
        var earlier = Path.Combine(_folder, "o", "mlp", "lr-0.01", "seed-1.json");
        Directory.CreateDirectory(Path.GetDirectoryName(earlier)!);
        ReportFixtures.Run("MLP", new(0.01, null), 1, 0.7, 0.7).Write(earlier);

        var (code, _, error) = CliRunner.Run(_folder, "experiment", "capped.json", "--quiet");

        Assert.Equal(1, code);
        Assert.Contains("was trained with an epoch cap of 2, but 'capped.json' now says 3", error);
        Assert.False(File.Exists(Path.Combine(_folder, "r.md")));
    }

    [SkippableFact]
    public void AnUnknownModelNameInModelsIsReported()
    {
        MovieLensData.Require();

        var (code, _, error) = CliRunner.Run(
            RepositoryPaths.Root,
            "experiment",
            Experiment,
            "--models",
            "M3oE,Transformer",
            "--report-only"
        );

        Assert.Equal(1, code);
        Assert.Contains("--models names 'Transformer'", error);
    }
}

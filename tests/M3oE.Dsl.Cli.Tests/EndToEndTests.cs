using System.IO;
using System.Linq;
using M3oE.Dsl.Cli.Tests.Infrastructure;
using M3oE.Dsl.Data.Synthetic;
using M3oE.Dsl.Language.Tests.Infrastructure;

namespace M3oE.Dsl.Cli.Tests;

/// <summary>The whole job, as a user runs it: new, check, compile, train, eval, predict and report.</summary>
[Collection("working directory")]
public sealed class EndToEndTests : System.IDisposable
{
    private readonly TempFolder _folder = new("m3oec-e2e");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void FromACsvFileToPredictions()
    {
        var data = _folder.File("rows.csv");
        new SyntheticGenerator(new SyntheticSettings { Seed = 11 }).WriteCsv(data, 6000);

        Assert.Equal(0, CliRunner.Run(_folder.Path, "new", "rows", "--from-csv", "rows.csv").ExitCode);
        Assert.Equal(0, CliRunner.Run(_folder.Path, "check", "rows.m3oe").ExitCode);
        var (compileCode, _, compileError) = CliRunner.Run(_folder.Path, "compile", "rows.m3oe", "--out", "generated");
        Assert.True(compileCode == 0, compileError);
        Assert.Contains(Directory.GetFiles(_folder.File("generated"), "*.cs"), f => f.EndsWith("Model.g.cs"));

        var (trainCode, trainOutput, trainError) = CliRunner.Run(
            _folder.Path,
            "train",
            "rows.m3oe",
            "--data",
            "rows.csv",
            "--epochs",
            "1",
            "--out",
            "run",
            "--json"
        );
        Assert.True(trainCode == 0, trainError);
        using var trained = RunFiles.LastJsonLine(trainOutput);
        var trainedAuc = trained.RootElement.GetProperty("meanAuc").GetDouble();
        Assert.InRange(trainedAuc, 0.0, 1.0);

        // eval on the run's own split reproduces the figures train reported
        var (evalCode, evalOutput, evalError) = CliRunner.Run(_folder.Path, "eval", "run", "--json");
        Assert.True(evalCode == 0, evalError);
        using var evaluated = RunFiles.LastJsonLine(evalOutput);
        Assert.Equal(trainedAuc, evaluated.RootElement.GetProperty("meanAuc").GetDouble(), 12);

        var (predictCode, _, predictError) = CliRunner.Run(
            _folder.Path,
            "predict",
            "run",
            "--data",
            "rows.csv",
            "--out",
            "out/predictions.csv"
        );
        Assert.True(predictCode == 0, predictError);
        var (header, rows) = RunFiles.Predictions(_folder.File("out/predictions.csv"));
        Assert.Equal(new[] { "domain", "click", "like" }, header);
        Assert.Equal(RunFiles.CsvRows(data), rows.Count);
        Assert.All(rows, r => Assert.All(r.Probabilities, p => Assert.InRange(p, 1e-9, 1 - 1e-9)));
        Assert.All(rows, r => Assert.Equal(2, r.Probabilities.Length));
        Assert.Equal(3, rows.Select(r => r.Domain).Distinct().Count());

        var (reportCode, reportOutput, reportError) = CliRunner.Run(_folder.Path, "report", "run");
        Assert.True(reportCode == 0, reportError);
        var report = _folder.File("run/report");
        foreach (var plot in new[] { "learning-curves.png", "losses.png", "auc-heatmap.png", "gates.png" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(report, plot));
            Assert.True(bytes.Length > 2000, $"{plot} is only {bytes.Length} bytes");
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
            Assert.Contains(plot, reportOutput);
        }

        Assert.Empty(Directory.GetFiles(report, "*.tmp*"));
        var markdown = File.ReadAllText(Path.Combine(report, "report.md"));
        Assert.StartsWith("# Rows\n", markdown);
        Assert.Contains("| d_0 | click |", markdown);
        Assert.Contains("## Fusion weights", markdown);
        Assert.Contains("| expert 1 |", markdown);
        Assert.Contains("![validation AUC per cell and epoch](learning-curves.png)", markdown);
    }

    [SkippableFact]
    public void MovieLens100KTrainsEvaluatesAndPredictsFromItsOriginalFiles()
    {
        var movielens = SharedData.Require("ml-100k");
        var run = _folder.File("ml");

        var (trainCode, trainOutput, trainError) = CliRunner.Run(
            RepositoryPaths.Root,
            "train",
            "samples/movielens/m3oe.m3oe",
            "--data",
            movielens,
            "--epochs",
            "1",
            "--out",
            run,
            "--json"
        );

        Assert.True(trainCode == 0, trainError);
        using var summary = RunFiles.Summary(run);
        Assert.Equal("test", summary.RootElement.GetProperty("split").GetString());
        var cells = summary.RootElement.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(
            new[] { "young", "young", "adult", "adult", "senior", "senior" },
            cells.Select(c => c.GetProperty("domain").GetString())
        );
        Assert.Equal(10_000, cells.Where((_, i) => i % 2 == 0).Sum(c => c.GetProperty("rows").GetInt64()), 100.0);
        Assert.All(cells, c => Assert.InRange(c.GetProperty("auc").GetDouble(), 0.0, 1.0));
        Assert.InRange(summary.RootElement.GetProperty("meanAuc").GetDouble(), 0.55, 1.0);
        using var printed = RunFiles.LastJsonLine(trainOutput);
        Assert.Equal(
            summary.RootElement.GetProperty("meanAuc").GetDouble(),
            printed.RootElement.GetProperty("meanAuc").GetDouble()
        );

        var (evalCode, evalOutput, evalError) = CliRunner.Run(RepositoryPaths.Root, "eval", run, "--json");
        Assert.True(evalCode == 0, evalError);
        using var evaluated = RunFiles.LastJsonLine(evalOutput);
        Assert.Equal(
            summary.RootElement.GetProperty("meanAuc").GetDouble(),
            evaluated.RootElement.GetProperty("meanAuc").GetDouble(),
            12
        );

        var predictions = _folder.File("ml.csv");
        var (predictCode, _, predictError) = CliRunner.Run(
            RepositoryPaths.Root,
            "predict",
            run,
            "--data",
            movielens,
            "--out",
            predictions
        );
        Assert.True(predictCode == 0, predictError);
        var (header, rows) = RunFiles.Predictions(predictions);
        Assert.Equal(new[] { "domain", "click", "like" }, header);
        Assert.Equal(100_000, rows.Count);
        Assert.All(rows, r => Assert.All(r.Probabilities, p => Assert.InRange(p, 1e-9, 1 - 1e-9)));
        Assert.Equal(new[] { "adult", "senior", "young" }, rows.Select(r => r.Domain).Distinct().Order());
    }
}

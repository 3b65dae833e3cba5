using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using M3oE.Dsl.Data.Synthetic;
using M3oE.Dsl.Language.Tests.Infrastructure;

namespace M3oE.Dsl.Cli.Tests;

[Collection("working directory")]
public sealed class TrainCommandTests : IDisposable
{
    private const string Spec = "samples/synthetic/m3oe.m3oe";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "m3oec-train-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void TrainingTheSyntheticSpecWritesAFullRunFolder()
    {
        var run = Path.Combine(_folder, "run");

        var (code, output, error) = CliRunner.Run(
            RepositoryPaths.Root,
            "train",
            Spec,
            "--epochs",
            "1",
            "--rows",
            "4000",
            "--out",
            run
        );

        Assert.True(code == 0, error);
        Assert.Contains("epoch 1/1", output);
        Assert.Contains("mean", output);
        foreach (var name in new[] { "m3oe.m3oe", "feature-map.json", "weights.dat", "metrics.jsonl", "summary.json" })
        {
            Assert.True(File.Exists(Path.Combine(run, name)), $"the run folder has no {name}");
        }

        Assert.Empty(Directory.GetFiles(run, "*.tmp"));
        Assert.Single(File.ReadAllLines(Path.Combine(run, "metrics.jsonl")));
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "summary.json")));
        var cells = summary.RootElement.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(6, cells.Count);
        var pairs = cells.Select(c => (c.GetProperty("domain").GetString(), c.GetProperty("task").GetString()));
        Assert.Equal(6, pairs.Distinct().Count());
        Assert.All(cells, c => Assert.InRange(c.GetProperty("auc").GetDouble(), double.Epsilon, 1.0));
        var mean = cells.Average(c => c.GetProperty("auc").GetDouble());
        Assert.Equal(mean, summary.RootElement.GetProperty("meanAuc").GetDouble(), 9);
        Assert.True(summary.RootElement.GetProperty("meanLogLoss").GetDouble() > 0);
    }

    [Fact]
    public void WithJsonTheLastLineIsTheSummary()
    {
        var (code, output, error) = CliRunner.Run(
            RepositoryPaths.Root,
            "train",
            Spec,
            "--epochs",
            "1",
            "--rows",
            "3000",
            "--out",
            Path.Combine(_folder, "json"),
            "--json"
        );

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(lines, l => l.StartsWith("epoch", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(lines[^1]);
        Assert.Equal("SyntheticM3oE", json.RootElement.GetProperty("model").GetString());
        Assert.Equal(6, json.RootElement.GetProperty("cells").GetArrayLength());
        Assert.InRange(json.RootElement.GetProperty("meanAuc").GetDouble(), double.Epsilon, 1.0);
    }

    [Fact]
    public void AParquetDataFileIsReadByItsExtension()
    {
        Directory.CreateDirectory(_folder);
        var data = Path.Combine(_folder, "rows.parquet");
        new SyntheticGenerator(new SyntheticSettings { Seed = 3 }).WriteParquet(data, 3000);
        var run = Path.Combine(_folder, "parquet");

        var (code, _, error) = CliRunner.Run(
            RepositoryPaths.Root,
            "train",
            Spec,
            "--data",
            data,
            "--epochs",
            "1",
            "--out",
            run,
            "--quiet"
        );

        Assert.True(code == 0, error);
        Assert.True(File.Exists(Path.Combine(run, "summary.json")));
        Assert.False(File.Exists(Path.Combine(run, "synthetic.csv")));
    }

    [Fact]
    public void ASpecWhoseColumnsTheSyntheticGeneratorLacksTrainsOnRowsMadeForIt()
    {
        var run = Path.Combine(_folder, "movielens");

        var (code, output, error) = CliRunner.Run(
            RepositoryPaths.Root,
            "train",
            "samples/movielens/m3oe.m3oe",
            "--rows",
            "3000",
            "--epochs",
            "1",
            "--out",
            run
        );

        Assert.True(code == 0, error);
        Assert.Contains("rows generated for the spec's columns and rules", output);
        var lines = File.ReadAllLines(Path.Combine(run, "synthetic.csv"));
        Assert.Equal("user_id,movie_id,gender,occupation,zip,genre,age,rating", lines[0]);
        Assert.Equal(3001, lines.Length);
        var ages = lines.Skip(1).Select(l => double.Parse(l.Split(',')[6], CultureInfo.InvariantCulture)).ToList();
        var ratings = lines.Skip(1).Select(l => double.Parse(l.Split(',')[7], CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(ages, a => a < 25);
        Assert.Contains(ages, a => a is >= 25 and < 35);
        Assert.Contains(ages, a => a >= 35);
        Assert.Contains(ratings, r => r <= 3);
        Assert.Contains(ratings, r => r is > 3 and <= 4);
        Assert.Contains(ratings, r => r > 4);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "summary.json")));
        Assert.Equal(6, summary.RootElement.GetProperty("cells").GetArrayLength());
    }

    [Fact]
    public void ADerivedSpecAboveTheWorkingFolderFindsItsBaseModel()
    {
        Directory.CreateDirectory(_folder);
        var spec = Path.Combine(RepositoryPaths.Root, "samples", "movielens", "ablations", "concat.m3oe");

        var (code, _, error) = CliRunner.Run(
            _folder,
            "train",
            spec,
            "--rows",
            "2000",
            "--epochs",
            "1",
            "--out",
            "derived",
            "--quiet"
        );

        Assert.True(code == 0, error);
        Assert.True(File.Exists(Path.Combine(_folder, "derived", "summary.json")));
    }

    [Fact]
    public void ABadRowInTheDataIsReportedWithItsFileAndLine()
    {
        Directory.CreateDirectory(_folder);
        var data = Path.Combine(_folder, "bad.csv");
        var lines = Enumerable
            .Range(0, 400)
            .Select(i => $"{i % 50},{i % 30},{i % 4},{i % 7},{i % 8},{1.5 + i % 3},{i % 3},{i % 2},{i % 5 / 4}")
            .ToList();
        lines[99] = "7,3,1,not-a-number,2,1.5,0,1,0";
        File.WriteAllText(
            data,
            "user_id,item_id,user_segment,user_activity,item_category,item_price,domain,click,like\n"
                + string.Join("\n", lines)
                + "\n"
        );
        var run = Path.Combine(_folder, "bad-run");

        var (code, _, error) = CliRunner.Run(
            RepositoryPaths.Root,
            "train",
            Spec,
            "--data",
            data,
            "--epochs",
            "1",
            "--out",
            run
        );

        Assert.Equal(1, code);
        Assert.Contains("bad.csv", error);
        Assert.Contains("101", error);
        Assert.Contains("user_activity", error);
        Assert.DoesNotContain("   at ", error);
        Assert.False(File.Exists(Path.Combine(run, "summary.json")));
    }
}

using System.IO;
using System.Linq;
using M3oE.Dsl.Cli.Tests.Infrastructure;
using M3oE.Dsl.Language.Semantics;
using M3oE.Dsl.Language.Tests.Infrastructure;

namespace M3oE.Dsl.Cli.Tests;

[Collection("working directory")]
public sealed class SearchCommandTests : System.IDisposable
{
    private const string Spec = "samples/synthetic/search.m3oe";

    private readonly TempFolder _folder = new("m3oec-search");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AGridSearchTrainsEveryPointAndWritesTheBestAsAConcreteSpec()
    {
        var best = _folder.File("best.m3oe");

        var (code, output, error) = CliRunner.Run(
            RepositoryPaths.Root,
            "search",
            Spec,
            "--rows",
            "3000",
            "--epochs",
            "1",
            "--out",
            _folder.File("grid"),
            "--write",
            best,
            "--json"
        );

        Assert.True(code == 0, error);
        using var json = RunFiles.LastJsonLine(output);
        var trials = json.RootElement.GetProperty("trials").EnumerateArray().ToList();
        Assert.Equal(4, trials.Count);
        var points = trials
            .Select(t => t.GetProperty("choices"))
            .Select(c => (c.GetProperty("experts.shared.count").GetString()!, c.GetProperty("train.lr").GetString()!))
            .ToList();
        Assert.Equal(new[] { ("1", "2e-3"), ("1", "5e-3"), ("2", "2e-3"), ("2", "5e-3") }, points);
        var winner = trials.OrderByDescending(t => t.GetProperty("mean_auc").GetDouble()).First();
        Assert.Equal(winner.GetProperty("trial").GetInt32(), json.RootElement.GetProperty("best").GetInt32());
        Assert.All(trials, t => Assert.Equal(4, t.GetProperty("fusion").EnumerateObject().Count()));
        Assert.All(trials, t =>
            Assert.True(File.Exists(Path.Combine(t.GetProperty("folder").GetString()!, "summary.json")))
        );

        var text = File.ReadAllText(best);
        var choices = winner.GetProperty("choices");
        Assert.Contains($"shared count {choices.GetProperty("experts.shared.count").GetString()}\n", text);
        Assert.Contains($"lr {choices.GetProperty("train.lr").GetString()}\n", text);
        Assert.DoesNotContain(" | ", text.Split('\n').Where(l => !l.StartsWith("//")).Aggregate("", (a, l) => a + l));
        var compiled = SpecCompiler.Compile("best.m3oe", text);
        Assert.False(compiled.HasErrors);
        Assert.Empty(compiled.Models.Single().Spaces);
        Assert.Equal(4, File.ReadAllLines(_folder.File("grid/trials.jsonl")).Length);
    }

    [Fact]
    public void SuccessiveHalvingKeepsTheBetterHalfAndTrainsTheLastRungLongest()
    {
        var (code, output, error) = CliRunner.Run(
            RepositoryPaths.Root,
            "search",
            Spec,
            "--strategy",
            "halving",
            "--trials",
            "4",
            "--rows",
            "3000",
            "--epochs",
            "2",
            "--out",
            _folder.File("halving"),
            "--json"
        );

        Assert.True(code == 0, error);
        using var json = RunFiles.LastJsonLine(output);
        var trials = json.RootElement.GetProperty("trials").EnumerateArray().ToList();
        Assert.Equal(new[] { 1, 1, 1, 1, 1, 1, 2 }, trials.Select(t => t.GetProperty("epochs").GetInt32()));
        var firstRung = trials.Take(4).OrderByDescending(t => t.GetProperty("mean_auc").GetDouble()).Take(2);
        var secondRung = trials.Skip(4).Take(2).Select(t => t.GetProperty("choices").ToString());
        Assert.Equal(firstRung.Select(t => t.GetProperty("choices").ToString()).Order(), secondRung.Order());
        Assert.Equal(7, json.RootElement.GetProperty("best").GetInt32());
    }

    [Fact]
    public void AnUnknownStrategyIsAUsageError()
    {
        var (code, _, error) = CliRunner.Run(RepositoryPaths.Root, "search", Spec, "--strategy", "bayes");

        Assert.Equal(2, code);
        Assert.Contains("grid, random or halving", error);
    }
}

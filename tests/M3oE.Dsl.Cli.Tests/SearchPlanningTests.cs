using System.Linq;
using M3oE.Dsl.Cli.Searching;
using M3oE.Dsl.Language.Semantics;

namespace M3oE.Dsl.Cli.Tests;

public sealed class SearchPlanningTests
{
    private const string Spec =
        "model M {\n  data {\n    sparse a dim 8 | 16 | 32\n    column r float\n  }\n  tasks {\n    t: r > 1\n  }\n"
        + "  towers per task 8 | 4\n  train {\n    lr 1e-3 | 3e-3\n  }\n}\n";

    private static readonly Language.Model.ModelSpec Model = SpecCompiler.Compile("m.m3oe", Spec).Models.Single();

    [Fact]
    public void TheGridHasEveryPointOnceWithTheSpecsOwnChoicesFirst()
    {
        var grid = CandidatePlanner.Grid(Model.Spaces);

        Assert.Equal(12, CandidatePlanner.Size(Model.Spaces));
        Assert.Equal(12, grid.Count);
        Assert.Equal(12, grid.Distinct().Count());
        Assert.Equal(new[] { 0, 0, 0 }, grid[0].Choices);
        Assert.Equal(new[] { 2, 1, 1 }, grid[^1].Choices);
    }

    [Fact]
    public void RandomDrawsAreDistinctRepeatableAndIncludeTheSpecsOwnChoices()
    {
        var draws = CandidatePlanner.Random(Model.Spaces, 5, seed: 3);
        var again = CandidatePlanner.Random(Model.Spaces, 5, seed: 3);

        Assert.Equal(5, draws.Count);
        Assert.Equal(5, draws.Distinct().Count());
        Assert.Equal(draws, again);
        Assert.Equal(new[] { 0, 0, 0 }, draws[0].Choices);
        Assert.Equal(12, CandidatePlanner.Random(Model.Spaces, 50, seed: 3).Count);
    }

    [Fact]
    public void AConcreteSpecHasTheChosenTextsAndNoSpaceLeft()
    {
        var candidate = new Candidate([2, 1, 0]);

        var text = ConcreteSpec.Apply(Spec, Model.Spaces, candidate);

        Assert.Contains("sparse a dim 32\n", text);
        Assert.Contains("towers per task 4\n", text);
        Assert.Contains("lr 1e-3\n", text);
        Assert.DoesNotContain("|", text);
        var concrete = SpecCompiler.Compile("m.m3oe", text);
        Assert.False(concrete.HasErrors);
        Assert.Empty(concrete.Models.Single().Spaces);
        Assert.Equal("data.a.dim=32, towers.widths[0]=4, train.lr=1e-3", candidate.Describe(Model.Spaces));
    }
}

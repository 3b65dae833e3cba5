using System;
using System.IO;
using System.Linq;
using M3oE.Dsl.Benchmarks.Flops;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Language.Semantics;
using M3oE.Dsl.Language.Tests.Infrastructure;

namespace M3oE.Dsl.Cli.Tests.Benchmarks;

public sealed class FlopCounterTests
{
    // F = 4 + 4 + 1 = 9 inputs, D = 2 domains, T = 3 tasks, 6 cells, H1 = 8, H2 = 6, N = 2 shared experts of E = 5
    private const string Tiny = """
        model Tiny {
          data {
            sparse a, b dim 4
            dense c
            column region, y1, y2, y3 int
          }
          domains by region {
            first: region == 0
            second: otherwise
          }
          tasks {
            y1: label y1
            y2: label y2
            y3: label y3
          }
          representation star 8 -> 6 layernorm relu skip
          experts {
            shared count 2
            domain count 1 each
            task count 1 each
            network 5 layernorm relu
          }
          gates per (domain, task) on representation
          fusion {
            level 1 domain learned
            level 1 task learned
            level 2 domain learned
            level 2 task learned
          }
          towers per (domain, task) 4 relu
        }
        """;

    [Fact]
    public void EveryMatrixProductOfASmallSpecIsCountedByHand()
    {
        var count = FlopCounter.Count(Compile(Tiny));

        var byName = count.Terms.ToDictionary(t => t.Name, t => t.ForwardPerRow);
        Assert.Equal(9, count.InputWidth);
        Assert.Equal(2 * 9 * 8, byName["star layer (own domain)"]);
        Assert.Equal(2 * 8 * 6, byName["representation MLP"]);
        Assert.Equal(2 * 9 * 6, byName["skip branch"]);
        Assert.Equal(2 * (2 * 6 * 5), byName["shared experts"]);
        Assert.Equal(2 * (2 * 6 * 5), byName["domain experts"]);
        Assert.Equal(3 * (2 * 6 * 5), byName["task experts"]);
        Assert.Equal(6 * (2 * 6 * 2), byName["gates"]);
        Assert.Equal(6 * (2 * 2 * 5), byName["gate mixing"]);
        Assert.Equal(6 * (2 * 5 * 4 + 2 * 4 * 1), byName["towers"]);
        Assert.Equal(1320, count.ForwardPerRow);
    }

    [Fact]
    public void ATrainingStepCountsThreeForwardPassesOfTheBatch() =>
        Assert.Equal(3.0 * 1320 * 10, FlopCounter.Count(Compile(Tiny)).TrainingStep(10));

    [Fact]
    public void WithoutTheSkipBranchItsProductIsNotCounted()
    {
        var count = FlopCounter.Count(Compile(Tiny.Replace("relu skip", "relu")));

        Assert.DoesNotContain(count.Terms, t => t.Name == "skip branch");
        Assert.Equal(1320 - 2 * 9 * 6, count.ForwardPerRow);
    }

    [Fact]
    public void ASpecWithoutExpertsIsRefused()
    {
        var path = Path.Combine(RepositoryPaths.Samples, "movielens", "baselines", "mlp.m3oe");
        var mlp = Compile(File.ReadAllText(path), path);

        Assert.Throws<ArgumentException>(() => FlopCounter.Count(mlp));
    }

    private static ModelSpec Compile(string text, string path = "tiny.m3oe")
    {
        var compiled = SpecCompiler.Compile(path, text);
        Assert.False(compiled.HasErrors, string.Join("\n", compiled.Diagnostics));
        return compiled.Models.Single();
    }
}

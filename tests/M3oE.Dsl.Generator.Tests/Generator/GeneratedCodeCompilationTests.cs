using System.Linq;
using M3oE.Dsl.Emitter.Naming;
using M3oE.Dsl.Generator.Tests.Infrastructure;

namespace M3oE.Dsl.Generator.Tests.Generator;

public sealed class GeneratedCodeCompilationTests
{
    [Fact]
    public void TheGeneratedCodeOfEverySampleCompilesWithWarningsAsErrors()
    {
        var (_, result, output) = GeneratorHarness.Run(SampleSpecs.Texts());

        var problems = GeneratorHarness.Problems(output, result);

        Assert.True(problems.IsEmpty, string.Join("\n", problems.Select(p => p.ToString())));
    }

    [Fact]
    public void EverySampleGetsItsModelClassAndDataSchema()
    {
        var (_, result, _) = GeneratorHarness.Run(SampleSpecs.Texts());
        var hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).ToHashSet();

        foreach (var path in SampleSpecs.RelativePaths)
        {
            var prefix = HintNames.Prefix(path) + ".";
            Assert.Contains(hints, h => h.StartsWith(prefix) && h.EndsWith(".Model.g.cs"));
            Assert.Contains(hints, h => h.StartsWith(prefix) && h.EndsWith(".Data.g.cs"));
        }
    }
}

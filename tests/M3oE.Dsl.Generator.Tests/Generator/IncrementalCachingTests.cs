using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace M3oE.Dsl.Generator.Tests.Generator;

public sealed class IncrementalCachingTests
{
    private static readonly string[] OutputSteps =
    {
        M3oEGenerator.Steps.Emitted,
        M3oEGenerator.Steps.Sources,
        M3oEGenerator.Steps.SpecDiagnostics,
        M3oEGenerator.Steps.EmitterDiagnostics,
    };

    [Fact]
    public void ASecondRunWithNothingChangedIsFullyCached()
    {
        var texts = SampleSpecs.Texts();
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class A { } }");
        var (driver, _, _) = GeneratorHarness.Run(texts, compilation);

        // a build passes the project's own compilation again, never the one the generator added to
        var second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        AssertAllCachedOrUnchanged(second, OutputSteps.Concat(new[] { M3oEGenerator.Steps.Compiled }));
    }

    [Fact]
    public void EditingAnUnrelatedCSharpFileRegeneratesNothing()
    {
        var texts = SampleSpecs.Texts();
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class A { } }");
        var (driver, _, _) = GeneratorHarness.Run(texts, compilation);
        var edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(
                "namespace Consumer { internal static class B { } }",
                GeneratorHarness.ParseOptions
            )
        );

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllCachedOrUnchanged(second, OutputSteps.Concat(new[] { M3oEGenerator.Steps.Compiled }));
    }

    [Fact]
    public void AWhitespaceOnlyEditOfASpecReEmitsNothing()
    {
        var texts = SampleSpecs.Texts().ToList();
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class A { } }");
        var (driver, _, _) = GeneratorHarness.Run(texts, compilation);
        var target = texts.Single(t => t.Path.EndsWith("baselines/mlp.m3oe"));
        var spaced = new InMemoryAdditionalText(
            target.Path,
            "\n\n" + target.GetText()!.ToString().Replace("  ", "    ") + "\n"
        );

        var second = driver
            .ReplaceAdditionalText(target, spaced)
            .RunGenerators(compilation)
            .GetRunResult()
            .Results.Single();

        AssertAllCachedOrUnchanged(second, new[] { M3oEGenerator.Steps.Emitted, M3oEGenerator.Steps.Sources });
    }

    [Fact]
    public void ARealEditOfASpecRegeneratesOnlyThatSpecsOutputs()
    {
        var texts = SampleSpecs.Texts().ToList();
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class A { } }");
        var (driver, first, _) = GeneratorHarness.Run(texts, compilation);
        var target = texts.Single(t => t.Path.EndsWith("baselines/mlp.m3oe"));
        var edited = new InMemoryAdditionalText(
            target.Path,
            target.GetText()!.ToString().Replace("towers per task 64", "towers per task 32")
        );

        var second = driver
            .ReplaceAdditionalText(target, edited)
            .RunGenerators(compilation)
            .GetRunResult()
            .Results.Single();

        var modified = second
            .TrackedSteps[M3oEGenerator.Steps.Emitted]
            .SelectMany(step => step.Outputs)
            .Count(o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(1, modified);
        var mlpSources = second.GeneratedSources.Where(s => s.HintName.Contains(".MovieLensMlp.")).ToList();
        var before = first
            .Results.Single()
            .GeneratedSources.Single(s => s.HintName.EndsWith("MovieLensMlp.Model.g.cs"));
        var after = mlpSources.Single(s => s.HintName.EndsWith("MovieLensMlp.Model.g.cs"));
        Assert.NotEqual(before.SourceText.ToString(), after.SourceText.ToString());
    }

    private static void AssertAllCachedOrUnchanged(GeneratorRunResult result, IEnumerable<string> steps)
    {
        foreach (var step in steps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"The step {step} did not run.");
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"The step {step} produced an output with reason {output.Reason}."
                );
            }
        }
    }
}

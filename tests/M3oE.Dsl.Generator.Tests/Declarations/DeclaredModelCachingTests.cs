using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace M3oE.Dsl.Generator.Tests.Declarations;

public sealed class DeclaredModelCachingTests
{
    private const string BoundPath = SampleSpecs.ProjectDirectory + "Recommender.cs";

    private const string Bound = """
        using M3oE.Dsl;

        namespace Samples.Bound;

        [M3oEModel("movielens.m3oe")]
        public partial class Recommender
        {
        }
        """;

    private static readonly string[] OutputSteps =
    {
        M3oEGenerator.Steps.Classes,
        M3oEGenerator.Steps.ClassModels,
        M3oEGenerator.Steps.ClassDiagnostics,
        M3oEGenerator.Steps.Emitted,
        M3oEGenerator.Steps.Sources,
        M3oEGenerator.Steps.EmitterDiagnostics,
    };

    [Fact]
    public void ASecondRunWithNothingChangedIsFullyCached()
    {
        var compilation = Compilation();
        var (driver, _, _) = Run(compilation);

        var second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        AssertAllCachedOrUnchanged(second, OutputSteps);
    }

    [Fact]
    public void EditingAnUnrelatedCSharpFileRegeneratesNothing()
    {
        var compilation = Compilation();
        var (driver, _, _) = Run(compilation);
        var edited = compilation.AddSyntaxTrees(
            ModelClasses.Tree(
                SampleSpecs.ProjectDirectory + "Other.cs",
                "namespace Samples { internal static class B { } }"
            )
        );

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllCachedOrUnchanged(second, OutputSteps);
    }

    [Fact]
    public void EditingTheBodyOfAModelClassRegeneratesNothing()
    {
        var compilation = Compilation();
        var (driver, _, _) = Run(compilation);
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == ModelClasses.MovieLensPath);
        var edited = compilation.ReplaceSyntaxTree(
            tree,
            ModelClasses.Tree(
                ModelClasses.MovieLensPath,
                ModelClasses.MovieLens.Replace("{\n}", "{\n    public int Answer => 42;\n}")
            )
        );

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Contains("Answer", edited.SyntaxTrees.Single(t => t.FilePath == ModelClasses.MovieLensPath).ToString());
        AssertAllCachedOrUnchanged(second, OutputSteps.Except(new[] { M3oEGenerator.Steps.Classes }));
    }

    [Fact]
    public void EditingOneAttributeRegeneratesOnlyThatModel()
    {
        var compilation = Compilation();
        var (driver, _, _) = Run(compilation);
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == ModelClasses.MovieLensPath);
        var edited = compilation.ReplaceSyntaxTree(
            tree,
            ModelClasses.Tree(ModelClasses.MovieLensPath, ModelClasses.MovieLens.Replace("Epochs = 50", "Epochs = 5"))
        );

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var modified = second
            .TrackedSteps[M3oEGenerator.Steps.Emitted]
            .SelectMany(step => step.Outputs)
            .Count(o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(1, modified);
    }

    private static CSharpCompilation Compilation() =>
        ModelClasses.Compilation((ModelClasses.MovieLensPath, ModelClasses.MovieLens), (BoundPath, Bound));

    private static (GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output) Run(
        CSharpCompilation compilation
    )
    {
        var texts = new[] { new InMemoryAdditionalText(ModelClasses.MovieLensSpecPath, ModelClasses.MovieLensSpec()) };
        var run = GeneratorHarness.Run(texts, compilation);
        Assert.Empty(GeneratorHarness.Problems(run.Output, run.Result));
        return run;
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

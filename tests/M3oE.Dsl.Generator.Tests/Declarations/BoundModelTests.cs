using System.Linq;
using M3oE.Dsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace M3oE.Dsl.Generator.Tests.Declarations;

public sealed class BoundModelTests
{
    private const string ClassPath = SampleSpecs.ProjectDirectory + "Models/Recommender.cs";

    private const string Bound = """
        using M3oE.Dsl;

        namespace Consumer.Models;

        [M3oEModel("../movielens.m3oe")]
        public partial class Recommender
        {
            public string Describe() => nameof(Recommender) + " with " + DomainCount + " domains";
        }
        """;

    [Fact]
    public void AClassBoundToASpecReceivesTheSpecsModelUnderItsOwnName()
    {
        var (_, result, output) = Run(Bound);

        Assert.Empty(GeneratorHarness.Problems(output, result));
        var sources = result.Results.Single().GeneratedSources;
        var model = sources
            .Single(s => s.HintName == "class+Consumer.Models.Recommender.Model.g.cs")
            .SourceText.ToString();
        Assert.Contains("namespace Consumer.Models;", model);
        Assert.Contains("public sealed partial class Recommender : torch.nn.Module<Batch, RecommenderOutputs>", model);
        Assert.Contains("The model <c>MovieLensM3oE</c> of <c>movielens.m3oe</c>,", model);
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.Models.RecommenderRow"));
    }

    [Fact]
    public void ABoundSpecModelIsNotGeneratedAgainFromTheSpec()
    {
        var (_, result, _) = Run(Bound);

        var hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.DoesNotContain(hints, h => h.StartsWith("movielens."));
        Assert.Equal(8, hints.Count(h => h.StartsWith("class+")));
    }

    [Fact]
    public void WithoutABindingTheSpecModelIsGeneratedFromTheSpec()
    {
        var (_, result, _) = Run("namespace Consumer.Models { internal static class Unrelated { } }");

        var hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Equal(8, hints.Count(h => h.StartsWith("movielens.MovieLensM3oE.")));
    }

    [Fact]
    public void ModelSelectsOneOfTheSpecsModels()
    {
        var source = Bound.Replace(
            "[M3oEModel(\"../movielens.m3oe\")]",
            "[M3oEModel(\"../two.m3oe\", Model = \"Second\")]"
        );
        var spec = ModelClasses.MovieLensSpec();
        var two =
            spec.Replace("model MovieLensM3oE {", "model First {")
            + "\nmodel Second extends First {\n  search off\n}\n";

        var (_, result, output) = Run(source, (SampleSpecs.ProjectDirectory + "two.m3oe", two));

        Assert.Empty(GeneratorHarness.Problems(output, result));
        var model = result
            .Results.Single()
            .GeneratedSources.Single(s => s.HintName == "class+Consumer.Models.Recommender.Model.g.cs")
            .SourceText.ToString();
        Assert.Contains("The model <c>Second</c> of <c>two.m3oe</c>,", model);
        var hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains(hints, h => h.StartsWith("two.First."));
        Assert.DoesNotContain(hints, h => h.StartsWith("two.Second."));
    }

    private static (GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output) Run(
        string source,
        params (string Path, string Text)[] specs
    )
    {
        var texts =
            specs.Length == 0
                ? new[] { new InMemoryAdditionalText(ModelClasses.MovieLensSpecPath, ModelClasses.MovieLensSpec()) }
                : specs.Select(s => new InMemoryAdditionalText(s.Path, s.Text)).ToArray();
        return GeneratorHarness.Run(texts, ModelClasses.Compilation((ClassPath, source)));
    }
}

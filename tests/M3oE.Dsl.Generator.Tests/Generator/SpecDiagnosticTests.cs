using System.Linq;
using M3oE.Dsl.Generator.Tests.Infrastructure;
using M3oE.Dsl.Language.Semantics;

namespace M3oE.Dsl.Generator.Tests.Generator;

public sealed class SpecDiagnosticTests
{
    private const string Broken = """
        model Broken {
          data {
            sparse user_id dim 16
            column rating float
          }

          domains by nowhere {
            a: nowhere < 3
            b: otherwise
          }

          tasks {
            click: rating > 3
          }
        }
        """;

    [Fact]
    public void SpecErrorsAreRoslynDiagnosticsWithTheFrontEndsCodesTextsAndPositions()
    {
        var path = SampleSpecs.ProjectDirectory + "specs/broken.m3oe";
        var expected = SpecCompiler.Compile("specs/broken.m3oe", Broken, new NoFiles()).Diagnostics;
        Assert.NotEmpty(expected);

        var (_, result, _) = GeneratorHarness.Run(new[] { new InMemoryAdditionalText(path, Broken) });
        var actual = result.Diagnostics.Where(d => d.Id.StartsWith("M3OE0")).ToList();

        Assert.Equal(expected.Count, actual.Count);
        foreach (var (front, roslyn) in expected.Zip(actual))
        {
            var span = roslyn.Location.GetLineSpan();
            Assert.Equal(front.Id, roslyn.Id);
            Assert.Equal(front.Message, roslyn.GetMessage());
            Assert.Equal(path, span.Path);
            Assert.Equal(front.Start.Line - 1, span.StartLinePosition.Line);
            Assert.Equal(front.Start.Column - 1, span.StartLinePosition.Character);
            Assert.Equal(front.End.Line - 1, span.EndLinePosition.Line);
            Assert.Equal(front.End.Column - 1, span.EndLinePosition.Character);
        }
    }

    [Fact]
    public void AnImportIsResolvedAmongTheAdditionalFilesAndAMissingOneIsReported()
    {
        var path = SampleSpecs.ProjectDirectory + "specs/orphan.m3oe";
        var text = "import \"../nowhere/base.m3oe\"\n\nmodel Orphan extends Base {\n}\n";

        var (_, result, _) = GeneratorHarness.Run(new[] { new InMemoryAdditionalText(path, text) });

        var diagnostic = Assert.Single(result.Diagnostics, d =>
            d.Id == "M3OE0011" || d.GetMessage().Contains("nowhere")
        );
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    private sealed class NoFiles : ISpecFileProvider
    {
        public string Resolve(string fromPath, string relativePath) => relativePath;

        public string? Read(string path) => null;
    }
}

using System.Linq;
using M3oE.Dsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace M3oE.Dsl.Generator.Tests.Declarations;

public sealed class HostileAttributeArgumentTests
{
    private const string Hostile = "\"; System.IO.File.Delete(\"x\"); //";

    private const string ByGenre = """
        using M3oE.Dsl;

        namespace Samples;

        [M3oEModel]
        [Sparse("user_id", "genre")]
        [Column("clicked", Type = "int")]
        [Domains("genre")]
        [Domain("odd", Values = new object[] { HOSTILE, "tab\there", "back\\slash" })]
        [Domain("rest", "otherwise")]
        [Task("click", "label clicked")]
        [Towers("per (domain, task)", "16 relu")]
        public partial class Shop
        {
        }
        """;

    [Fact]
    public void AHostileDomainValueReachesGeneratedCodeOnlyAsAStringLiteral()
    {
        var source = ByGenre.Replace("HOSTILE", SymbolDisplay.FormatLiteral(Hostile, quote: true));

        var (_, result, output) = GeneratorHarness.Run(
            System.Array.Empty<AdditionalText>(),
            ModelClasses.Compilation((ModelClasses.MovieLensPath, source))
        );

        Assert.Empty(GeneratorHarness.Problems(output, result));
        var generated = result.Results.Single().GeneratedSources.Where(s => s.HintName.StartsWith("class+")).ToList();
        Assert.NotEmpty(generated);
        var literals = generated
            .SelectMany(s => CSharpSyntaxTree.ParseText(s.SourceText).GetRoot().DescendantNodes())
            .OfType<LiteralExpressionSyntax>()
            .Select(l => l.Token.ValueText)
            .ToList();
        Assert.Contains(Hostile, literals);
        Assert.Contains("tab\there", literals);
        Assert.Contains("back\\slash", literals);
        var calls = generated
            .SelectMany(s => CSharpSyntaxTree.ParseText(s.SourceText).GetRoot().DescendantNodes())
            .OfType<InvocationExpressionSyntax>()
            .Select(i => i.Expression.ToString());
        Assert.DoesNotContain(calls, c => c.Contains("Delete"));
    }

    [Theory]
    [InlineData("[Domain(\"odd\", \"genre == \\\"x\\\"; System.IO.File.Delete(\\\"x\\\"); //\")]")]
    [InlineData("[Domain(\"odd\", \"genre == \\\"x\\\" }\\n model Evil {\")]")]
    [InlineData("[Domain(\"odd\", \"genre == \\\"x\\\" // rest\")]")]
    [InlineData("[Domain(\"odd\", \"genre in [\\\"x\\\",\")]")]
    [InlineData("[Domain(\"odd\", \"genre == \\\"x\")]")]
    public void SpecTextThatLeavesItsEntryIsRefusedOnTheAttribute(string domain)
    {
        var source = ByGenre.Replace(
            "[Domain(\"odd\", Values = new object[] { HOSTILE, \"tab\\there\", \"back\\\\slash\" })]",
            domain
        );

        var (_, result, _) = GeneratorHarness.Run(
            System.Array.Empty<AdditionalText>(),
            ModelClasses.Compilation((ModelClasses.MovieLensPath, source))
        );

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("M3OE9204", diagnostic.Id);
        Assert.Equal(
            source.IndexOf("Domain(\"odd\"", System.StringComparison.Ordinal),
            diagnostic.Location.SourceSpan.Start
        );
        Assert.DoesNotContain(result.Results.Single().GeneratedSources, s => s.HintName.StartsWith("class+"));
    }

    [Theory]
    [InlineData("[Sparse(\"user_id\", \"genre\\n}\")]")]
    [InlineData("[Sparse(\"user_id\", \"genre; dense x\")]")]
    [InlineData("[Sparse(\"user_id\", \"genre\", Table = \"t x\")]")]
    public void ANameThatIsNotASpecNameIsRefusedOnTheAttribute(string sparse)
    {
        var source = ByGenre.Replace("HOSTILE", "\"x\"").Replace("[Sparse(\"user_id\", \"genre\")]", sparse);

        var (_, result, _) = GeneratorHarness.Run(
            System.Array.Empty<AdditionalText>(),
            ModelClasses.Compilation((ModelClasses.MovieLensPath, source))
        );

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal("M3OE9203", d.Id));
        Assert.DoesNotContain(result.Results.Single().GeneratedSources, s => s.HintName.StartsWith("class+"));
    }
}

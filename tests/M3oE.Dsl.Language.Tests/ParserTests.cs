using System.Linq;
using M3oE.Dsl.Language.Parsing;
using M3oE.Dsl.Language.Syntax;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Tests;

public sealed class ParserTests
{
    private static ParseResult Parse(string text) => SpecParser.Parse(new SourceText("t.m3oe", text));

    [Fact]
    public void RecoversAtTheNextEntryAndReportsEveryBrokenOne()
    {
        const string text = """
            model X {
              data {
                sparse a, b dim 16
                sparse c dim @
                dense d normalize minmax
                sparse , e
              }
              tasks {
                t: r > 3
                u r > 4
                v: r > 5
              }
            }
            """;

        var result = Parse(text);

        Assert.Equal(new[] { 4, 6, 10 }, result.Diagnostics.Select(d => d.Start.Line));
        var data = result.Syntax.Models[0].Declarations.OfType<DataSectionSyntax>().Single();
        Assert.Equal(new[] { "sparse", "dense" }, data.Entries.Select(e => e.Kind.Text));
        var tasks = result.Syntax.Models[0].Declarations.OfType<TasksSyntax>().Single();
        Assert.Equal(new[] { "t", "v" }, tasks.Entries.Select(e => e.Name.Text));
    }

    [Fact]
    public void ReportsTheColumnOfTheOffendingCharacter()
    {
        var result = Parse("model X {\n  tasks {\n    t: r >> 3\n  }\n}\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("M3OE0001", error.Id);
        Assert.Equal(new LinePosition(3, 11), error.Start);
        Assert.Contains("Unexpected '>'", error.Message);
    }

    [Fact]
    public void ContinuesALineEndingWithACommaAnArrowOrABar()
    {
        var result = Parse("model X {\n  data {\n    sparse a,\n      b dim 8 |\n      16\n  }\n  towers per task 64 ->\n    32\n}\n");

        Assert.Empty(result.Diagnostics);
        var data = result.Syntax.Models[0].Declarations.OfType<DataSectionSyntax>().Single();
        Assert.Equal(new[] { "a", "b" }, data.Entries.Single().Names.Select(n => n.Text));
        var towers = result.Syntax.Models[0].Declarations.OfType<TowersSyntax>().Single();
        Assert.Equal(2, towers.Network.Widths.Count);
    }

    [Fact]
    public void SemicolonsSeparateEntriesOnOneLine()
    {
        var result = Parse("model X { domains by age { young: age < 25; old: otherwise } }");

        Assert.Empty(result.Diagnostics);
        var domains = result.Syntax.Models[0].Declarations.OfType<DomainsSyntax>().Single();
        Assert.Equal(new[] { "young", "old" }, domains.Entries.Select(e => e.Name.Text));
    }

    [Fact]
    public void UnbalancedBracesAreReportedWhereTheyStand()
    {
        var missing = Parse("model X {\n  data {\n    sparse a\n}\n");
        var extra = Parse("model X {\n}\n}\n");

        Assert.Contains(missing.Diagnostics, d => d.Id == "M3OE0003" && d.Start == new LinePosition(1, 9));
        Assert.Contains(extra.Diagnostics, d => d.Id == "M3OE0004" && d.Start == new LinePosition(3, 1));
    }

    [Fact]
    public void AnUnterminatedStringIsReportedOnceAndTheNextLineStillParses()
    {
        var result = Parse("model X {\n  domains by c {\n    a: \"NL\n    b: \"BE\"\n  }\n}\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("M3OE0002", error.Id);
        var domains = result.Syntax.Models[0].Declarations.OfType<DomainsSyntax>().Single();
        Assert.Equal("b", domains.Entries.Single().Name.Text);
    }

    [Fact]
    public void NonAsciiCharactersAreSyntaxErrorsNamedByCodePoint()
    {
        var result = Parse("model Modèle { }");

        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("U+00E8", error.Message);
    }

    [Fact]
    public void DeeplyNestedConditionsAreRefusedBeforeTheGrammarSeesThem()
    {
        var condition = new string('(', 1000) + "r > 1" + new string(')', 1000);
        var result = Parse("model X { tasks {\n t: " + condition + "\n} }");

        Assert.Equal("M3OE0011", Assert.Single(result.Diagnostics).Id);
    }
}

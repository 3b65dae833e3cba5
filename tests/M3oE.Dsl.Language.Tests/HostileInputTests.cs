using System.Linq;
using M3oE.Dsl.Language.Semantics;

namespace M3oE.Dsl.Language.Tests;

/// <summary>
/// Spec text ends up in generated C#. Names are restricted by the grammar to ASCII letters, digits and
/// underscores and then mapped; strings are data. These tests try to smuggle code through both.
/// </summary>
public sealed class HostileInputTests
{
    private const string Body = """
          data {
            sparse user_id
            column rating float
          }
          tasks {
            click: rating > 3
          }
          towers per task 8
        """;

    [Theory]
    [InlineData("model X; System.IO.File.Delete(\"a\") {")]
    [InlineData("model X/*evil*/ {")]
    [InlineData("model \"X\" {")]
    [InlineData("model X\u200b {")]
    [InlineData("model @class {")]
    public void CodeInAModelNameIsASyntaxError(string header)
    {
        var result = SpecCompiler.Compile("h.m3oe", header + "\n" + Body + "\n}\n");

        Assert.True(result.HasErrors);
        Assert.All(result.Models, m => Assert.Matches("^[A-Za-z0-9]+$", m.CSharpName));
    }

    [Fact]
    public void EveryMappedNameIsAPlainCSharpIdentifier()
    {
        var spec = """
            model some_model__name {
              data {
                sparse _a1, b_c_d, class, namespace
                column rating float
              }
              domains by b_c_d {
                namespace: "x"
                default: otherwise
              }
              tasks {
                click_through: rating > 3
              }
              towers per task 8
            }
            """;

        var result = SpecCompiler.Compile("names.m3oe", spec);

        Assert.Empty(result.Diagnostics);
        var model = Assert.Single(result.Models);
        var names = new[] { model.CSharpName }
            .Concat(model.Data.Columns.Select(c => c.CSharpName))
            .Concat(model.Domains.Domains.Select(d => d.CSharpName))
            .Concat(model.Tasks.Select(t => t.CSharpName));
        Assert.All(names, n => Assert.Matches("^[A-Z][A-Za-z0-9]*$", n));
        Assert.Equal(new[] { "A1", "BCD", "Class", "Namespace", "Rating" }, model.Data.Columns.Select(c => c.CSharpName));
    }

    [Fact]
    public void NamesThatCollideInCSharpAreReported()
    {
        var spec = "model M {\n  data {\n    sparse user_id, userId, User_Id\n    column r float\n  }\n"
            + "  tasks {\n    t: r > 1\n  }\n  towers per task 8\n}\n";

        var result = SpecCompiler.Compile("c.m3oe", spec);

        var collisions = result.Diagnostics.Where(d => d.Id == "M3OE0111").ToList();
        Assert.Equal(2, collisions.Count);
        Assert.Contains("'user_id' and 'userId' both become the C# name 'UserId'", collisions[0].Message);
    }

    [Fact]
    public void StringValuesAreKeptAsDataNotCode()
    {
        const string payload = "\\\"; System.IO.File.Delete(\\\"x\\\"); //";
        var spec = "model M {\n  data {\n    sparse country\n    column r float\n  }\n"
            + "  domains by country {\n    evil: \"" + payload + "\"\n    rest: otherwise\n  }\n"
            + "  tasks {\n    t: r > 1\n  }\n  towers per (domain, task) 8\n}\n";

        var result = SpecCompiler.Compile("s.m3oe", spec);

        Assert.Empty(result.Diagnostics);
        var value = result.Models[0].Domains.Domains[0].Values[0];
        Assert.True(value.IsString);
        Assert.Equal("\"; System.IO.File.Delete(\"x\"); //", value.Text);
    }

    [Theory]
    [InlineData("user_id", "UserId")]
    [InlineData("click", "Click")]
    [InlineData("a__b", "AB")]
    [InlineData("_private", "Private")]
    [InlineData("x1_y2", "X1Y2")]
    public void NamesMapToPascalCase(string name, string expected)
    {
        Assert.Equal(expected, CSharpNames.ToPascalCase(name));
    }

    [Theory]
    [InlineData("_")]
    [InlineData("__")]
    [InlineData("_1abc")]
    public void NamesWithoutACSharpFormAreRefused(string name)
    {
        Assert.NotNull(CSharpNames.Problem(name));
    }
}

using System.Linq;
using M3oE.Dsl.Language.Semantics;

namespace M3oE.Dsl.Language.Tests;

public sealed class SearchSpaceTests
{
    private const string Spec =
        "model M {\n  data {\n    sparse a dim 8 | 16\n    column r float\n  }\n  tasks {\n    t: r > 1\n  }\n"
        + "  towers per task 8\n  train {\n    lr 1e-3 | 3e-3 | 1e-3\n  }\n}\n";

    [Fact]
    public void ASpaceRemembersWhereItIsWrittenAndItsChoicesAsWritten()
    {
        var compiled = SpecCompiler.Compile("m.m3oe", Spec);

        var spaces = compiled.Models.Single().Spaces;
        var dim = spaces.Single(s => s.Path == "data.a.dim");
        var lr = spaces.Single(s => s.Path == "train.lr");
        Assert.Equal("m.m3oe", dim.File);
        Assert.Equal("8 | 16", Spec.Substring(dim.Span.Start, dim.Span.Length));
        Assert.Equal(new[] { "8", "16" }, dim.Texts);
        Assert.Equal("1e-3 | 3e-3 | 1e-3", Spec.Substring(lr.Span.Start, lr.Span.Length));
        Assert.Equal(new[] { "1e-3", "3e-3" }, lr.Texts);
        Assert.Equal(new[] { 1e-3, 3e-3 }, lr.Choices);
    }

    [Fact]
    public void WhereASpaceIsWrittenIsNotPartOfTheModel()
    {
        var first = SpecCompiler.Compile("m.m3oe", Spec).Models.Single();
        var moved = SpecCompiler.Compile("m.m3oe", "// a comment moves every span\n" + Spec).Models.Single();

        Assert.NotEqual(first.Spaces[0].Span, moved.Spaces[0].Span);
        Assert.Equal(first, moved);
        Assert.Equal(first.GetHashCode(), moved.GetHashCode());
    }
}

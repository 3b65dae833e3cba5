using System.IO;
using System.Linq;
using M3oE.Dsl.Language.Formatting;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Language.Tests.Infrastructure;

namespace M3oE.Dsl.Language.Tests;

public sealed class FormatterTests
{
    [Theory]
    [MemberData(nameof(GoldenTests.ValidSpecs), MemberType = typeof(GoldenTests))]
    public void FormattingIsIdempotentAndKeepsTheModel(string relative)
    {
        var path = Path.Combine(RepositoryPaths.Root, relative);
        var text = File.ReadAllText(path);

        var once = SpecFormatter.Format(relative, text);
        Assert.True(once.Succeeded);
        var twice = SpecFormatter.Format(relative, once.Text!);
        Assert.Equal(once.Text, twice.Text);

        var provider = new RepositoryFileProvider();
        var before = Language.Semantics.SpecCompiler.Compile(relative, text, provider);
        var after = Language.Semantics.SpecCompiler.Compile(relative, once.Text!, provider);
        Assert.Equal(before.Models.Select(ModelDumper.Dump), after.Models.Select(ModelDumper.Dump));
    }

    [Fact]
    public void SamplesAreAlreadyFormatted()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Samples, "*.m3oe", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.Equal(text, SpecFormatter.Format(file, text).Text);
        }
    }

    [Fact]
    public void MessyLayoutBecomesCanonicalAndKeepsEveryComment()
    {
        const string messy = """
            // header

            // second
            model   X extends   Y{ // open
            data{sparse a,b   dim 8|16;dense c normalize minmax
            // lead
            column r float} // close data
            tasks { t: r > 3 and (r<5 or r == 7) weight 2 metrics auc,logloss }
              towers per(domain,task) 64->32 relu // tail


              // inner end
            }
            // eof
            """;
        const string canonical = """
            // header

            // second
            model X extends Y { // open
              data {
                sparse a, b dim 8 | 16
                dense c normalize minmax
                // lead
                column r float
              } // close data
              tasks {
                t: r > 3 and (r < 5 or r == 7) weight 2 metrics auc, logloss
              }
              towers per (domain, task) 64 -> 32 relu // tail

              // inner end
            }
            // eof

            """;

        var result = SpecFormatter.Format("messy.m3oe", messy);

        Assert.Equal(canonical, result.Text);
    }

    [Fact]
    public void ConditionsKeepTheirTreeThroughParentheses()
    {
        const string spec = """
            model X {
              tasks {
                a: (r > 1 or r > 2) and r > 3
                b: r > 1 and (r > 2 and r > 3)
                c: r > 1 or (r > 2 or r > 3)
                d: not (r > 1 or r > 2)
                e: r > 1 or r > 2 and r > 3
              }
            }

            """;

        var result = SpecFormatter.Format("conditions.m3oe", spec);

        Assert.Equal(spec, result.Text);
    }

    [Fact]
    public void AFileWithSyntaxErrorsIsNotFormatted()
    {
        var result = SpecFormatter.Format("broken.m3oe", "model X {\n  data {\n    sparse a dim\n  }\n  tasks { t r > 3 }\n}\n");

        Assert.False(result.Succeeded);
        Assert.Null(result.Text);
        Assert.Contains(result.Errors, e => e.Id == "M3OE0001" && e.Start.Line == 5);
    }

    [Fact]
    public void StringsAreRequotedWithCanonicalEscapes()
    {
        var result = SpecFormatter.Format("s.m3oe", "model X {\n  domains by c {\n    a: \"x\\\"y\\\\z\", \"\\q\"\n  }\n}\n");

        Assert.Contains("a: \"x\\\"y\\\\z\", \"q\"", result.Text);
    }
}

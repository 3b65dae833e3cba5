using System;
using System.Linq;
using M3oE.Dsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace M3oE.Dsl.Generator.Tests.Declarations;

public sealed class DeclaredModelDiagnosticTests
{
    [Fact]
    public void AFrontEndErrorLandsOnTheAttributeThatWroteTheLine()
    {
        var source = ModelClasses.MovieLens.Replace(
            "[Domain(\"adult\", \"age < 35\")]",
            "[Domain(\"adult\", \"height < 35\")]"
        );

        var diagnostic = Only(source);

        Assert.Equal("M3OE0106", diagnostic.Id);
        Assert.Contains("height", diagnostic.GetMessage());
        AssertAt(diagnostic, source, "[Domain(\"adult\"", "Domain(\"adult\", \"height < 35\")");
    }

    [Fact]
    public void AFrontEndErrorInANamedArgumentLandsOnThatArgument()
    {
        var source = ModelClasses.MovieLens.Replace("Patience = 10,", "Patience = 0,");

        var diagnostic = Only(source);

        Assert.StartsWith("M3OE01", diagnostic.Id);
        AssertAt(diagnostic, source, "Patience = 0", "Patience = 0");
    }

    [Fact]
    public void AMissingSectionIsReportedOnTheModelAttribute()
    {
        var source = ModelClasses.MovieLens.Replace("[Towers(\"per (domain, task)\", \"64 layernorm relu\")]", "");

        var diagnostic = Only(source);

        Assert.Equal("M3OE0120", diagnostic.Id);
        AssertAt(diagnostic, source, "[M3oEModel]", "M3oEModel");
    }

    [Fact]
    public void ASpecThatIsNotAnAdditionalFileIsReportedOnTheAttribute()
    {
        var source =
            "using M3oE.Dsl;\nnamespace Samples;\n[M3oEModel(\"missing.m3oe\")]\npublic partial class Bound { }\n";

        var diagnostic = Only(source);

        Assert.Equal("M3OE9200", diagnostic.Id);
        Assert.Contains("/project/missing.m3oe", diagnostic.GetMessage());
        AssertAt(diagnostic, source, "[M3oEModel(", "M3oEModel(\"missing.m3oe\")");
    }

    [Fact]
    public void AModelTheSpecDoesNotDeclareIsReportedOnTheAttribute()
    {
        var source =
            "using M3oE.Dsl;\nnamespace Samples;\n[M3oEModel(\"movielens.m3oe\", Model = \"Other\")]\n"
            + "public partial class Bound { }\n";

        var diagnostic = Only(
            source,
            new InMemoryAdditionalText(ModelClasses.MovieLensSpecPath, ModelClasses.MovieLensSpec())
        );

        Assert.Equal("M3OE9201", diagnostic.Id);
        Assert.Contains("has no model 'Other'", diagnostic.GetMessage());
        Assert.Contains("MovieLensM3oE", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("public class Bound { }", "not partial")]
    [InlineData("internal partial class Bound { }", "declared 'internal'")]
    [InlineData("public static partial class Bound { }", "static or abstract")]
    [InlineData("public partial class Bound : System.Exception { }", "derives from 'Exception'")]
    [InlineData("public partial class Bound<T> { }", "generic")]
    public void AClassThatCannotHoldAModelIsReportedOnTheAttribute(string declaration, string reason)
    {
        var source = "using M3oE.Dsl;\nnamespace Samples;\n[M3oEModel(\"movielens.m3oe\")]\n" + declaration + "\n";

        var diagnostics = Run(
            source,
            new InMemoryAdditionalText(ModelClasses.MovieLensSpecPath, ModelClasses.MovieLensSpec())
        );

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "M3OE9202");
        Assert.Contains(reason, diagnostic.GetMessage());
        AssertAt(diagnostic, source, "[M3oEModel(", "M3oEModel(\"movielens.m3oe\")");
    }

    [Fact]
    public void ModelAttributesOnABoundClassAreReportedEachOnItself()
    {
        var source =
            "using M3oE.Dsl;\nnamespace Samples;\n[M3oEModel(\"movielens.m3oe\")]\n[Dense(\"price\")]\n"
            + "public partial class Bound { }\n";

        var diagnostic = Only(
            source,
            new InMemoryAdditionalText(ModelClasses.MovieLensSpecPath, ModelClasses.MovieLensSpec())
        );

        Assert.Equal("M3OE9205", diagnostic.Id);
        AssertAt(diagnostic, source, "[Dense(", "Dense(\"price\")");
    }

    private static Diagnostic Only(string source, params AdditionalText[] texts) => Assert.Single(Run(source, texts));

    private static Diagnostic[] Run(string source, params AdditionalText[] texts)
    {
        var compilation = ModelClasses.Compilation((ModelClasses.MovieLensPath, source));
        var (_, result, _) = GeneratorHarness.Run(texts, compilation);
        return result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
    }

    /// <summary>Checks that the diagnostic covers <paramref name="covered"/>, found after the anchor.</summary>
    private static void AssertAt(Diagnostic diagnostic, string source, string anchor, string covered)
    {
        var from = source.IndexOf(anchor, StringComparison.Ordinal);
        var start = source.IndexOf(covered, from, StringComparison.Ordinal);
        var before = source.Substring(0, start);
        var line = before.Count(c => c == '\n');
        var column = start - (before.LastIndexOf('\n') + 1);

        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(ModelClasses.MovieLensPath, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal(covered.Length, diagnostic.Location.SourceSpan.Length);
        Assert.Equal(covered, source.Substring(diagnostic.Location.SourceSpan.Start, covered.Length));
    }
}

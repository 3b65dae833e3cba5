using M3oE.Dsl.Emitter.Literals;
using M3oE.Dsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace M3oE.Dsl.Generator.Tests.Emitter;

public sealed class CSharpLiteralTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("quote \" inside")]
    [InlineData("back\\slash\\")]
    [InlineData("new\nline\r\nand\ttab")]
    [InlineData("*/ closes a comment /*")]
    [InlineData("// not a comment")]
    [InlineData("\u2028line separator\u2029")]
    [InlineData("caf\u00e9 \u65e5\u672c \ud83d\ude00")]
    [InlineData("\0nul\u0007bell")]
    [InlineData("{interpolation} {{braces}}")]
    public void AHostileStringRoundTripsThroughTheCompilerAsOneLiteral(string value)
    {
        var literal = CSharpLiteral.String(value);

        var expression = SyntaxFactory.ParseExpression(literal, options: GeneratorHarness.ParseOptions);

        Assert.False(expression.ContainsDiagnostics, literal);
        var parsed = Assert.IsType<LiteralExpressionSyntax>(expression);
        Assert.Equal(value, parsed.Token.ValueText);
        Assert.DoesNotContain('\n', literal);
        Assert.All(literal, c => Assert.InRange(c, ' ', '~'));
    }

    [Theory]
    [InlineData('\'')]
    [InlineData('\\')]
    [InlineData('\n')]
    [InlineData('|')]
    [InlineData('\u00e9')]
    public void ACharacterRoundTripsThroughTheCompiler(char value)
    {
        var literal = CSharpLiteral.Char(value);

        var parsed = Assert.IsType<LiteralExpressionSyntax>(SyntaxFactory.ParseExpression(literal));

        Assert.Equal(value, (char)parsed.Token.Value!);
    }

    [Theory]
    [InlineData(3.0, "3.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-5, "1E-05")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(double.PositiveInfinity, "double.PositiveInfinity")]
    public void DoublesAreWrittenAsLiteralsThatReadBackExactly(double value, string expected)
    {
        Assert.Equal(expected, CSharpLiteral.Double(value));
    }

    [Fact]
    public void XmlDocTextEscapesMarkupAndStaysOnOneLine()
    {
        var escaped = XmlDocText.Escape("a < b && c > d\n</summary>");

        Assert.Equal("a &lt; b &amp;&amp; c &gt; d &lt;/summary&gt;", escaped);
        Assert.DoesNotContain(escaped, char.IsControl);
    }
}

using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>A literal in a condition or a value list: a number or a string.</summary>
public sealed record LiteralSyntax(string Text, bool IsString, double Number, TextSpan Span)
{
    /// <summary>The literal as the source writes it: strings quoted and escaped.</summary>
    public string ToSource() => IsString ? StringEscaping.Quote(Text) : Text;

    public override string ToString() => ToSource();
}

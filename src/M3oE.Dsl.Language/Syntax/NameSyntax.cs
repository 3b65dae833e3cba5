using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>An identifier as written, with its position.</summary>
public sealed record NameSyntax(string Text, TextSpan Span)
{
    public override string ToString() => Text;
}

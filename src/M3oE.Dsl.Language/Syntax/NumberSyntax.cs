using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>A numeric literal as written. <see cref="Value"/> is NaN when the text is out of range.</summary>
public sealed record NumberSyntax(string Text, double Value, TextSpan Span)
{
    public bool IsInteger => !Text.Contains(".") && !Text.Contains("e") && !Text.Contains("E");

    public override string ToString() => Text;
}

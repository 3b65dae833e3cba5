using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>A comment in the source, kept so that the formatter can put it back.</summary>
public sealed record Comment(string Text, TextSpan Span)
{
    /// <summary>Whether a blank line separates this comment from what comes before it.</summary>
    public bool BlankLineBefore { get; init; }
}

using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>The base of every node of the syntax tree: where it stands and what surrounds it.</summary>
public abstract record SyntaxNode
{
    public TextSpan Span { get; init; }

    public Trivia Trivia { get; init; } = Trivia.None;
}

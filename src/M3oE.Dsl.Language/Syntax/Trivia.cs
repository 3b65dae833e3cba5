using System.Collections.Generic;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>
/// What surrounds a declaration or entry without being part of it: the comments on the lines before it,
/// a comment at the end of its line, and whether a blank line separates it from what comes before. For a
/// block, <see cref="Trailing"/> follows its opening brace and <see cref="CloseTrailing"/> its closing one.
/// </summary>
public sealed record Trivia(IReadOnlyList<Comment> Leading, Comment? Trailing, bool BlankLineBefore)
{
    public static Trivia None { get; } = new(new Comment[0], null, false);

    public Comment? CloseTrailing { get; init; }

    /// <summary>Whether a blank line separates the leading comments from the item.</summary>
    public bool BlankLineAfterComments { get; init; }
}

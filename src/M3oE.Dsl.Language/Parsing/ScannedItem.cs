using System.Collections.Generic;
using M3oE.Dsl.Language.Syntax;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Parsing;

/// <summary>
/// A line (an entry ended by a newline or a semicolon) or a braced block found by the scanner, with the
/// comments around it. The parser gives each line's text to the grammar.
/// </summary>
internal class ScannedItem
{
    public ScannedItem(TextSpan span, List<Comment> leading, bool blankLineBefore)
    {
        Span = span;
        Leading = leading;
        BlankLineBefore = blankLineBefore;
    }

    /// <summary>The code of the line, or of a block's header, without surrounding spaces.</summary>
    public TextSpan Span { get; }

    public List<Comment> Leading { get; }

    public bool BlankLineBefore { get; }

    public Comment? Trailing { get; set; }

    /// <summary>For a block, the comment after its closing brace.</summary>
    public Comment? CloseTrailing { get; set; }

    public bool BlankLineAfterComments { get; set; }

    public Trivia ToTrivia() =>
        new(Leading, Trailing, BlankLineBefore)
        {
            CloseTrailing = CloseTrailing,
            BlankLineAfterComments = BlankLineAfterComments,
        };
}

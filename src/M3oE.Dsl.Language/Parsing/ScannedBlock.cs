using System.Collections.Generic;
using M3oE.Dsl.Language.Syntax;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Parsing;

/// <summary>A header followed by a braced body.</summary>
internal sealed class ScannedBlock : ScannedItem
{
    public ScannedBlock(TextSpan header, int open, List<Comment> leading, bool blankLineBefore)
        : base(header, leading, blankLineBefore)
    {
        Open = open;
    }

    /// <summary>The offset of the opening brace.</summary>
    public int Open { get; }

    /// <summary>The offset of the closing brace, or -1 when the file ends first.</summary>
    public int Close { get; set; } = -1;

    /// <summary>How deep the block is: 1 for a block at the top of the file.</summary>
    public int Depth { get; set; }

    public List<ScannedItem> Children { get; } = new();

    /// <summary>Comments after the last child, before the closing brace.</summary>
    public List<Comment> InnerTrailing { get; set; } = new();
}

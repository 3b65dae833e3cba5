using System.Collections.Generic;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>The syntax tree of one <c>.m3oe</c> file.</summary>
public sealed record SpecFileSyntax(
    SourceText Source,
    IReadOnlyList<ImportSyntax> Imports,
    IReadOnlyList<ModelSyntax> Models
)
{
    /// <summary>Comments after the last model.</summary>
    public IReadOnlyList<Comment> TrailingComments { get; init; } = new Comment[0];
}

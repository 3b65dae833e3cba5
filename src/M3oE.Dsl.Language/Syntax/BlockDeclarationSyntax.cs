using System.Collections.Generic;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>A declaration with a braced body of entries.</summary>
public abstract record BlockDeclarationSyntax(NameSyntax Keyword) : DeclarationSyntax(Keyword)
{
    /// <summary>Comments between the last entry and the closing brace.</summary>
    public IReadOnlyList<Comment> InnerTrailing { get; init; } = new Comment[0];
}

using System.Collections.Generic;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>model Name [extends Base] { declarations }</c>.</summary>
public sealed record ModelSyntax(NameSyntax Name, NameSyntax? Base, IReadOnlyList<DeclarationSyntax> Declarations)
    : SyntaxNode
{
    /// <summary>Comments between the last declaration and the closing brace.</summary>
    public IReadOnlyList<Comment> InnerTrailing { get; init; } = new Comment[0];

    public TextSpan HeaderSpan { get; init; }

    /// <summary>
    /// Keywords of declarations that were written but could not be parsed. The checker does not report
    /// such a section as missing, which would only repeat the syntax error.
    /// </summary>
    public IReadOnlyList<string> BrokenDeclarations { get; init; } = new string[0];
}

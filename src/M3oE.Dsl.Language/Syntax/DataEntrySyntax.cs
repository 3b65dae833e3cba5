using System.Collections.Generic;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>
/// One line of the data section: <c>sparse a, b dim 16</c>, <c>dense age normalize minmax</c>,
/// <c>bucket age_band from age boundaries [18, 25]</c>, <c>column rating float</c>, <c>group user_id</c>,
/// <c>embedding dim 16</c>, <c>bad_rows skip</c>.
/// </summary>
public sealed record DataEntrySyntax(
    NameSyntax Kind,
    IReadOnlyList<NameSyntax> Names,
    NameSyntax? Source,
    IReadOnlyList<OptionSyntax> Options
) : SyntaxNode;

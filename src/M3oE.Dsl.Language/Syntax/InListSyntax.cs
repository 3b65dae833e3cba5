using System.Collections.Generic;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>age in [1, 18]</c> or <c>tab not in [2]</c>.</summary>
public sealed record InListSyntax(
    NameSyntax Column,
    IReadOnlyList<LiteralSyntax> Values,
    bool Negated,
    TextSpan ListSpan
) : ConditionSyntax(ListSpan);

using System.Collections.Generic;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>
/// Which rows belong to a domain: values of the domain column (<c>"NL", "BE"</c>), a condition
/// (<c>age &lt; 25</c>) or <c>otherwise</c>.
/// </summary>
public sealed record DomainRuleSyntax(
    IReadOnlyList<LiteralSyntax> Values,
    ConditionSyntax? Condition,
    bool Otherwise,
    TextSpan RuleSpan
);

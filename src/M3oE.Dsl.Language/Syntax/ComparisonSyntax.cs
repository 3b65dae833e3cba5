using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>rating &gt; 3</c>, <c>country == "NL"</c>.</summary>
public sealed record ComparisonSyntax(NameSyntax Column, string Operator, LiteralSyntax Value, TextSpan ComparisonSpan)
    : ConditionSyntax(ComparisonSpan);

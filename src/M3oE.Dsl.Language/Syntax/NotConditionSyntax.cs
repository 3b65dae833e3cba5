using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>not a</c>.</summary>
public sealed record NotConditionSyntax(ConditionSyntax Operand, TextSpan NotSpan) : ConditionSyntax(NotSpan);

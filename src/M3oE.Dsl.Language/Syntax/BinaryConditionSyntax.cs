using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>a and b</c> or <c>a or b</c>.</summary>
public sealed record BinaryConditionSyntax(string Operator, ConditionSyntax Left, ConditionSyntax Right)
    : ConditionSyntax(TextSpan.FromBounds(Left.Span.Start, Right.Span.End));

namespace M3oE.Dsl.Language.Syntax;

/// <summary>A string argument (<c>separator "|"</c>).</summary>
public sealed record StringArgSyntax(LiteralSyntax Literal) : ArgSyntax(Literal.Span);

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>import "base.m3oe"</c>: makes the models of another file available to <c>extends</c>.</summary>
public sealed record ImportSyntax(LiteralSyntax Path) : SyntaxNode;

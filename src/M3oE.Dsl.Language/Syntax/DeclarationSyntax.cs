namespace M3oE.Dsl.Language.Syntax;

/// <summary>A declaration inside a model: a section such as <c>data</c>, <c>experts</c> or <c>train</c>.</summary>
public abstract record DeclarationSyntax(NameSyntax Keyword) : SyntaxNode;

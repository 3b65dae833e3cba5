namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>young: age &lt; 25</c>.</summary>
public sealed record DomainEntrySyntax(NameSyntax Name, DomainRuleSyntax Rule) : SyntaxNode;

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>towers per (domain, task) 64 layernorm relu</c>.</summary>
public sealed record TowersSyntax(NameSyntax Keyword, PlacementSyntax Placement, NetworkSyntax Network)
    : DeclarationSyntax(Keyword);

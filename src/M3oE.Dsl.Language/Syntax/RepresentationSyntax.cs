namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>representation star 512 -> 256 layernorm relu skip</c>, <c>representation none</c>.</summary>
public sealed record RepresentationSyntax(NameSyntax Keyword, NameSyntax Kind, NetworkSyntax Body)
    : DeclarationSyntax(Keyword);

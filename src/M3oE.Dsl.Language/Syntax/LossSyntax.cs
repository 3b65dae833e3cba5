namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>loss bce sum over (domain, task)</c> or <c>loss bce mean</c>.</summary>
public sealed record LossSyntax(NameSyntax Keyword, NameSyntax Kind, NameSyntax Reduction, PlacementSyntax? Over)
    : DeclarationSyntax(Keyword);

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>auxiliary 32 relu</c>: STAR's auxiliary network, whose logit is added to every tower's.</summary>
public sealed record AuxiliarySyntax(NameSyntax Keyword, NetworkSyntax Network) : DeclarationSyntax(Keyword);

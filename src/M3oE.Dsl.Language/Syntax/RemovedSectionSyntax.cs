namespace M3oE.Dsl.Language.Syntax;

/// <summary>
/// <c>experts off</c>, <c>search off</c>: removes a section the model would otherwise inherit from its base.
/// </summary>
public sealed record RemovedSectionSyntax(NameSyntax Keyword) : DeclarationSyntax(Keyword);

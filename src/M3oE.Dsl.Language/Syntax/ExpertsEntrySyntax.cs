namespace M3oE.Dsl.Language.Syntax;

/// <summary>
/// <c>shared count 2</c>, <c>domain count 1 each</c>, <c>network 256 -> 64 relu</c>, <c>levels 2</c>: a word
/// followed by layer widths (for <c>network</c>) and options.
/// </summary>
public sealed record ExpertsEntrySyntax(NameSyntax Kind, NetworkSyntax Body) : SyntaxNode;

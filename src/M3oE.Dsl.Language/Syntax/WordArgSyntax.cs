namespace M3oE.Dsl.Language.Syntax;

/// <summary>A word argument (<c>vocab data</c>, <c>on representation</c>).</summary>
public sealed record WordArgSyntax(NameSyntax Word) : ArgSyntax(Word.Span);

using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>An argument of an option: a value, a word, a string, a tuple of names or a list of literals.</summary>
public abstract record ArgSyntax(TextSpan Span);

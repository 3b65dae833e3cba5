namespace M3oE.Dsl.Language.Syntax;

/// <summary>A numeric argument, possibly a search space (<c>lr 1e-3 | 1e-2</c>).</summary>
public sealed record ValueArgSyntax(ValueSyntax Value) : ArgSyntax(Value.Span);

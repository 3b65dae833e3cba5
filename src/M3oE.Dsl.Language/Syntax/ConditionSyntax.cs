using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>A boolean condition over the columns of a row, used by domains and task labels.</summary>
public abstract record ConditionSyntax(TextSpan Span);

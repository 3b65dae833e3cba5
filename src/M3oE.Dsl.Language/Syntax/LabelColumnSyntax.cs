using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>label click</c>: the label is a 0/1 column as it stands.</summary>
public sealed record LabelColumnSyntax(NameSyntax Column, TextSpan LabelSpan) : ConditionSyntax(LabelSpan);

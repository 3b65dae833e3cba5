namespace M3oE.Dsl.Language.Model;

/// <summary>A literal of a rule: the raw text of a number, or the value of a string.</summary>
public sealed record LiteralSpec(string Text, bool IsString, double Number);

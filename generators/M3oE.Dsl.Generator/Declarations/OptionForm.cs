namespace M3oE.Dsl.Generator.Declarations;

/// <summary>
/// How one named argument becomes spec text: the words before its value, the value's form, and words after
/// it. <c>Shared = 2</c> of <c>[Experts]</c> is <c>shared count</c>, a number, and nothing after it.
/// </summary>
internal sealed record OptionForm(string Keyword, ValueForm Form, string Suffix = "");

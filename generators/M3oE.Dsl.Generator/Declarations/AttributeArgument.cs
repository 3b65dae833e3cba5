namespace M3oE.Dsl.Generator.Declarations;

/// <summary>A named attribute argument (<c>Dim = 16</c>) and where it is written.</summary>
internal sealed record AttributeArgument(string Name, ArgumentValue Value, SourceSpan Location);

namespace M3oE.Dsl.Generator.Pipeline;

/// <summary>What the generator reads from the project: the namespace of generated types, the project folder.</summary>
internal sealed record ProjectSettings(string Namespace, string ProjectDirectory);

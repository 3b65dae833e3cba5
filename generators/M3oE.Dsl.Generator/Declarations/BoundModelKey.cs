namespace M3oE.Dsl.Generator.Declarations;

/// <summary>A model of a spec file that a class binds, which the spec's own output then leaves out.</summary>
internal sealed record BoundModelKey(string SpecPath, string ModelName);

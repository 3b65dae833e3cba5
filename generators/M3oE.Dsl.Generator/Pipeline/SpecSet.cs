using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Generator.Pipeline;

/// <summary>Every spec of the project, the set imports are resolved in.</summary>
internal sealed record SpecSet(EquatableArray<SpecText> Specs);

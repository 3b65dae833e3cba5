using M3oE.Dsl.Generator.Pipeline;
using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Generator.Declarations;

/// <summary>Every compiled spec of the project, where bound classes find their models.</summary>
internal sealed record CompiledSpecSet(EquatableArray<CompiledSpec> Specs);

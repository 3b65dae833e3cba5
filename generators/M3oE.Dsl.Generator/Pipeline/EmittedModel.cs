using M3oE.Dsl.Emitter.Emitting;
using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Generator.Pipeline;

/// <summary>The files generated for one model and what the emitter reported about it.</summary>
internal sealed record EmittedModel(EquatableArray<GeneratedFile> Files, EquatableArray<DiagnosticInfo> Diagnostics);

using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Emitter.Emitting;

/// <summary>The files generated for one model and what the emitter had to say about it.</summary>
public sealed record EmitResult(EquatableArray<GeneratedFile> Files, EquatableArray<EmitterDiagnostic> Diagnostics);

using M3oE.Dsl.Emitter.Emitting;
using M3oE.Dsl.Language.Collections;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Generator.Pipeline;

/// <summary>The checked models of one spec file, how to emit them, and the diagnostics of the file.</summary>
internal sealed record CompiledSpec(
    string FullPath,
    EmitOptions Options,
    EquatableArray<ModelSpec> Models,
    EquatableArray<DiagnosticInfo> Diagnostics
);

using M3oE.Dsl.Emitter.Emitting;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Generator.Pipeline;

/// <summary>One model to emit, with the spec it came from.</summary>
internal sealed record ModelInput(string FullPath, ModelSpec Model, EmitOptions Options);

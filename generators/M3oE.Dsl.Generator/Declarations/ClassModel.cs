using M3oE.Dsl.Generator.Pipeline;
using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Generator.Declarations;

/// <summary>
/// What a model class comes to: the model to emit into it (null when it has errors), the spec model it
/// binds (null for a model declared by attributes) and the diagnostics, located in C#.
/// </summary>
internal sealed record ClassModel(ModelInput? Input, BoundModelKey? Bound, EquatableArray<DiagnosticInfo> Diagnostics);

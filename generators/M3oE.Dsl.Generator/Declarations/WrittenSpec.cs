using M3oE.Dsl.Generator.Pipeline;
using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Generator.Declarations;

/// <summary>
/// The spec text written from a class's attributes, the C# location each of its lines came from (index 0
/// is line 1), and the problems found while writing it.
/// </summary>
internal sealed record WrittenSpec(
    string Text,
    EquatableArray<SourceSpan> Lines,
    EquatableArray<DiagnosticInfo> Diagnostics
);

using System.Linq;
using M3oE.Dsl.Language.Collections;
using M3oE.Dsl.Language.Diagnostics;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Language.Semantics;

/// <summary>The checked models of one spec file and every diagnostic found in it and in what it imports.</summary>
public sealed record CompilationResult(
    string Path,
    EquatableArray<ModelSpec> Models,
    EquatableArray<Diagnostic> Diagnostics
)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

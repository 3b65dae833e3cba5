using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Diagnostics;

/// <summary>
/// One reported problem in a spec file. A value: two diagnostics with the same fields are equal, which
/// keeps incremental pipelines that carry them cacheable.
/// </summary>
public sealed record Diagnostic(
    string Id,
    DiagnosticSeverity Severity,
    string Message,
    string Path,
    TextSpan Span,
    LinePosition Start,
    LinePosition End
)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Formats the diagnostic as MSBuild does: <c>path(line,col): error M3OE0012: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{Path}({Start.Line},{Start.Column}): {severity} {Id}: {Message}";
    }
}

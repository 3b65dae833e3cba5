namespace M3oE.Dsl.Generator.Pipeline;

/// <summary>
/// A diagnostic carried through the pipeline as plain data; the Roslyn diagnostic is built only when it is
/// reported. Lines and columns are zero-based, as Roslyn counts them.
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    string Title,
    string Message,
    bool IsError,
    bool IsInfo,
    string Path,
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn
);

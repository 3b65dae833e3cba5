namespace M3oE.Dsl.Language.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}

namespace M3oE.Dsl.Language.Diagnostics;

/// <summary>
/// The fixed part of a diagnostic: its stable code, severity, a short title and a message format whose
/// placeholders ({0}, {1}, ...) are filled when it is reported. Codes are never reused.
/// </summary>
public sealed record DiagnosticDescriptor(string Id, DiagnosticSeverity Severity, string Title, string MessageFormat);

namespace M3oE.Dsl.Emitter.Emitting;

/// <summary>
/// Something in a checked model that the runtime cannot do as written. The emitter still generates code,
/// using the fallback the message names. It belongs to the model as a whole, not to a place in the spec.
/// </summary>
public sealed record EmitterDiagnostic(string Id, EmitterSeverity Severity, string Message);

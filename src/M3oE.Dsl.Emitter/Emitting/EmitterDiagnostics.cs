namespace M3oE.Dsl.Emitter.Emitting;

/// <summary>
/// The diagnostics of the emitter. Their ids continue the front end's catalogue in the 9xxx range, which the
/// front end does not use: M3OE9000 is the generator's internal failure, M3OE91xx are emitter findings.
/// </summary>
public static class EmitterDiagnostics
{
    /// <summary>How the spec maps onto a runtime class whose structure differs a little.</summary>
    public const string MappingId = "M3OE9100";

    /// <summary>A part of the spec the runtime does not support; code is generated with a stated fallback.</summary>
    public const string UnsupportedId = "M3OE9101";

    /// <summary>A rule the data layer cannot evaluate; the generated data schema throws when it is built.</summary>
    public const string UnsupportedRuleId = "M3OE9102";

    public static EmitterDiagnostic Mapping(string model, string note) =>
        new(MappingId, EmitterSeverity.Info, $"Model '{model}': {note}.");

    public static EmitterDiagnostic Unsupported(string model, string what, string fallback) =>
        new(
            UnsupportedId,
            EmitterSeverity.Warning,
            $"Model '{model}': {what} is not supported by the runtime yet; {fallback}."
        );

    public static EmitterDiagnostic UnsupportedRule(string model, string what) =>
        new(
            UnsupportedRuleId,
            EmitterSeverity.Error,
            $"Model '{model}': {what}; the generated data schema throws NotSupportedException when it is built. "
                + "Write the rule over one numeric column."
        );
}

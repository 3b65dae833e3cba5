namespace M3oE.Dsl.Emitter.Emitting;

/// <summary>How much an emitter finding matters.</summary>
public enum EmitterSeverity
{
    /// <summary>A documented mapping onto the runtime; the generated remarks state it as well.</summary>
    Info,

    /// <summary>Something the runtime does differently from the spec; a fallback is used.</summary>
    Warning,

    /// <summary>Something the generated code cannot do; it throws when reached.</summary>
    Error,
}

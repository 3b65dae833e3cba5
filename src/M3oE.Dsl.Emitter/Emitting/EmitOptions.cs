namespace M3oE.Dsl.Emitter.Emitting;

/// <summary>How generated code is placed: its namespace and the prefix of its hint names.</summary>
/// <param name="Namespace">The namespace of every generated type.</param>
/// <param name="HintPrefix">The prefix from <see cref="Naming.HintNames.Prefix"/>.</param>
public sealed record EmitOptions(string Namespace, string HintPrefix);

namespace M3oE.Dsl.Emitter.Emitting;

/// <summary>One generated C# file: its hint name and its text. A value, so that pipelines can cache it.</summary>
public sealed record GeneratedFile(string HintName, string Text);

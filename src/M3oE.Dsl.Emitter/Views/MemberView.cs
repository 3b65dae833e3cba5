namespace M3oE.Dsl.Emitter.Views;

/// <summary>A named member of a generated type: an enum member, a constant or a computed property.</summary>
internal sealed record MemberView(string Name, string Type, string Value, string Doc);

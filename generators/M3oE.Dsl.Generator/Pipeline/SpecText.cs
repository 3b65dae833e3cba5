namespace M3oE.Dsl.Generator.Pipeline;

/// <summary>
/// One <c>.m3oe</c> additional file: its path as the compiler gives it, its path relative to the project
/// (with '/' separators) and its text. Compared by value, so an unchanged file stays cached.
/// </summary>
internal sealed record SpecText(string FullPath, string RelativePath, string Text);

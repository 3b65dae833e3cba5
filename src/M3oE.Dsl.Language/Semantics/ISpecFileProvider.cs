namespace M3oE.Dsl.Language.Semantics;

/// <summary>
/// Reads the files a spec imports. The command line reads the file system; the source generator reads the
/// project's additional files.
/// </summary>
public interface ISpecFileProvider
{
    /// <summary>The path of <paramref name="relativePath"/> seen from the file <paramref name="fromPath"/>.</summary>
    string Resolve(string fromPath, string relativePath);

    /// <summary>The text of the file at <paramref name="path"/>, or null when it cannot be read.</summary>
    string? Read(string path);
}

using System.IO;
using M3oE.Dsl.Language.Semantics;

namespace M3oE.Dsl.Language.Tests.Infrastructure;

/// <summary>Reads imports with paths relative to the repository root.</summary>
internal sealed class RepositoryFileProvider : ISpecFileProvider
{
    public string Resolve(string fromPath, string relativePath) =>
        FileSystemSpecFileProvider.Instance.Resolve(fromPath, relativePath);

    public string? Read(string path)
    {
        var full = Path.Combine(RepositoryPaths.Root, path);
        return File.Exists(full) ? File.ReadAllText(full) : null;
    }
}

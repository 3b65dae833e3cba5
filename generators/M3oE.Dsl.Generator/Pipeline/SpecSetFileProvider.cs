using System;
using System.Collections.Generic;
using M3oE.Dsl.Language.Semantics;

namespace M3oE.Dsl.Generator.Pipeline;

/// <summary>
/// Resolves imports among the project's <c>.m3oe</c> additional files by relative path; the file system is
/// never read, so a build sees exactly the specs the project declares.
/// </summary>
internal sealed class SpecSetFileProvider : ISpecFileProvider
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    public SpecSetFileProvider(SpecSet set)
    {
        foreach (var spec in set.Specs)
        {
            _texts[spec.RelativePath] = spec.Text;
        }
    }

    public string Resolve(string fromPath, string relativePath)
    {
        var slash = fromPath.LastIndexOf('/');
        var directory = slash < 0 ? string.Empty : fromPath.Substring(0, slash + 1);
        return SpecPaths.Normalize(directory + relativePath);
    }

    public string? Read(string path) => _texts.TryGetValue(path, out var text) ? text : null;
}

using System;
using System.Collections.Generic;
using System.IO;

namespace M3oE.Dsl.Language.Semantics;

/// <summary>Reads imported specs from disk, relative to the importing file.</summary>
public sealed class FileSystemSpecFileProvider : ISpecFileProvider
{
    public static FileSystemSpecFileProvider Instance { get; } = new();

    public string Resolve(string fromPath, string relativePath)
    {
        var directory = Path.GetDirectoryName(fromPath) ?? string.Empty;
        var combined = Path.Combine(directory, relativePath.Replace('\\', '/'));
        return Normalize(combined);
    }

    public string? Read(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception exception)
            when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Folds <c>.</c> and <c>..</c> segments, keeping a relative path relative.</summary>
    private static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        var root = unified.StartsWith("/", StringComparison.Ordinal) ? "/" : string.Empty;
        var segments = new List<string>();
        foreach (var segment in unified.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return root + string.Join("/", segments);
    }
}

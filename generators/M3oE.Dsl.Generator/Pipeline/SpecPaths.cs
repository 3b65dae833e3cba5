using System;
using System.Collections.Generic;

namespace M3oE.Dsl.Generator.Pipeline;

/// <summary>Path arithmetic on '/'-separated paths, the same on every operating system.</summary>
internal static class SpecPaths
{
    /// <summary>Unifies separators and folds <c>.</c> and <c>..</c> segments.</summary>
    public static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        var root = unified.StartsWith("/", StringComparison.Ordinal) ? "/" : string.Empty;
        var segments = new List<string>();
        foreach (var segment in unified.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
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

    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="directory"/> when it lies inside it; otherwise the
    /// normalised path itself.
    /// </summary>
    public static string Relative(string path, string directory)
    {
        var normalized = Normalize(path);
        if (directory.Length == 0)
        {
            return normalized;
        }

        var prefix = Normalize(directory).TrimEnd('/') + "/";
        return normalized.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            ? normalized.Substring(prefix.Length)
            : normalized;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace M3oE.Dsl.Cli.Infrastructure;

/// <summary>
/// Expands the spec arguments of a command: a file, a folder (every <c>*.m3oe</c> below it), or a pattern
/// with <c>*</c>, <c>?</c> and <c>**</c>, quoted so that the shell leaves it alone.
/// </summary>
public static class SpecPaths
{
    public static List<string> Expand(IEnumerable<string> arguments, out List<string> unmatched)
    {
        var files = new List<string>();
        unmatched = new List<string>();
        foreach (var argument in arguments)
        {
            var found = ExpandOne(argument).ToList();
            if (found.Count == 0)
            {
                unmatched.Add(argument);
            }

            foreach (var file in found.Where(f => !files.Contains(f)))
            {
                files.Add(file);
            }
        }

        return files;
    }

    private static IEnumerable<string> ExpandOne(string argument)
    {
        if (argument.IndexOfAny(new[] { '*', '?' }) < 0)
        {
            if (Directory.Exists(argument))
            {
                return Directory
                    .EnumerateFiles(argument, "*.m3oe", SearchOption.AllDirectories)
                    .Select(Unify)
                    .OrderBy(f => f, StringComparer.Ordinal);
            }

            return File.Exists(argument) ? new[] { argument } : Array.Empty<string>();
        }

        var unified = Unify(argument);
        var firstWildcard = unified.IndexOfAny(new[] { '*', '?' });
        var slash = unified.LastIndexOf('/', firstWildcard);
        var root = slash < 0 ? "." : unified.Substring(0, slash == 0 ? 1 : slash);
        var prefix = slash < 0 ? string.Empty : unified.Substring(0, slash + 1);
        if (!Directory.Exists(root))
        {
            return Array.Empty<string>();
        }

        var pattern = ToRegex(unified.Substring(slash + 1));
        return Directory
            .EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Unify(Path.GetRelativePath(root, f)))
            .Where(f => pattern.IsMatch(f))
            .Select(f => prefix + f)
            .OrderBy(f => f, StringComparer.Ordinal);
    }

    private static Regex ToRegex(string glob)
    {
        var builder = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                builder.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                builder.Append("[^/]*");
            }
            else if (c == '?')
            {
                builder.Append("[^/]");
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }

        return new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant);
    }

    private static string Unify(string path) => path.Replace('\\', '/');
}

using System.Globalization;
using System.Text;

namespace M3oE.Dsl.Emitter.Naming;

/// <summary>
/// Derives the hint names of generated files from a spec's path relative to the project. The mapping is
/// one-to-one, so two specs with the same file name in different folders never share a hint name.
/// </summary>
public static class HintNames
{
    /// <summary>
    /// The prefix of every file generated from the spec at <paramref name="relativePath"/>: folders and the file
    /// name without its extension joined by dots. Letters, digits and '-' are kept, '_' is doubled and any other
    /// character becomes '_' and its four hex digits.
    /// </summary>
    public static string Prefix(string relativePath)
    {
        var path = relativePath.Replace('\\', '/').TrimStart('/');
        if (path.EndsWith(".m3oe", System.StringComparison.OrdinalIgnoreCase))
        {
            path = path.Substring(0, path.Length - ".m3oe".Length);
        }

        var builder = new StringBuilder(path.Length + 8);
        foreach (var c in path)
        {
            if (c == '/')
            {
                builder.Append('.');
            }
            else if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-')
            {
                builder.Append(c);
            }
            else if (c == '_')
            {
                builder.Append("__");
            }
            else
            {
                builder.Append('_').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>The hint name of one generated file: prefix, model, part, then <c>.g.cs</c>.</summary>
    public static string For(string prefix, string modelName, string part) => $"{prefix}.{modelName}.{part}.g.cs";
}

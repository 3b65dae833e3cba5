using System.Collections.Generic;
using System.Text;

namespace M3oE.Dsl.Emitter.Literals;

/// <summary>Makes text safe inside an XML documentation comment: markup escaped, all on one line.</summary>
public static class XmlDocText
{
    /// <summary>Escapes <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> and turns control characters into spaces.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Splits already escaped text into lines of at most <paramref name="width"/> characters at spaces, for
    /// documentation comments that stay readable in the generated file.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var rest = text.Trim();
        while (rest.Length > width)
        {
            var cut = rest.LastIndexOf(' ', width);
            if (cut <= 0)
            {
                cut = rest.IndexOf(' ');
                if (cut < 0)
                {
                    break;
                }
            }

            lines.Add(rest.Substring(0, cut));
            rest = rest.Substring(cut + 1).TrimStart();
        }

        lines.Add(rest);
        return lines;
    }
}

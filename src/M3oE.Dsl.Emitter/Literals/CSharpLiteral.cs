using System.Globalization;
using System.Text;

namespace M3oE.Dsl.Emitter.Literals;

/// <summary>
/// Writes values as C# literals. Every text that reaches generated code (column names, domain values,
/// separators, condition texts) goes through <see cref="String"/>, so a spec cannot break out of a literal.
/// </summary>
public static class CSharpLiteral
{
    /// <summary>A regular string literal: quotes, backslashes, control and non-ASCII characters are escaped.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            AppendEscaped(builder, c, '"');
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A character literal, escaped like <see cref="String"/>.</summary>
    public static string Char(char value)
    {
        var builder = new StringBuilder(8);
        builder.Append('\'');
        AppendEscaped(builder, value, '\'');
        return builder.Append('\'').ToString();
    }

    /// <summary>A double literal that reads back as the same value, under the invariant culture.</summary>
    public static string Double(double value)
    {
        if (double.IsNaN(value))
        {
            return "double.NaN";
        }

        if (double.IsPositiveInfinity(value))
        {
            return "double.PositiveInfinity";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "double.NegativeInfinity";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var isWhole = text.IndexOf('.') < 0 && text.IndexOf('E') < 0;
        return isWhole ? text + ".0" : text;
    }

    /// <summary>An int literal under the invariant culture.</summary>
    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A bool literal.</summary>
    public static string Bool(bool value) => value ? "true" : "false";

    private static void AppendEscaped(StringBuilder builder, char c, char quote)
    {
        switch (c)
        {
            case '\\':
                builder.Append("\\\\");
                return;
            case '\0':
                builder.Append("\\0");
                return;
            case '\a':
                builder.Append("\\a");
                return;
            case '\b':
                builder.Append("\\b");
                return;
            case '\f':
                builder.Append("\\f");
                return;
            case '\n':
                builder.Append("\\n");
                return;
            case '\r':
                builder.Append("\\r");
                return;
            case '\t':
                builder.Append("\\t");
                return;
            case '\v':
                builder.Append("\\v");
                return;
        }

        if (c == quote)
        {
            builder.Append('\\').Append(c);
            return;
        }

        // printable ASCII stays readable; everything else (line separators, surrogates, BOM) is a \u escape
        if (c >= ' ' && c <= '~')
        {
            builder.Append(c);
            return;
        }

        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
    }
}

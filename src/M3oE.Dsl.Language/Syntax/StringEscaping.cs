using System.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>The escapes of spec string literals: <c>\"</c>, <c>\\</c>, <c>\t</c> and <c>\n</c>.</summary>
public static class StringEscaping
{
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }
}

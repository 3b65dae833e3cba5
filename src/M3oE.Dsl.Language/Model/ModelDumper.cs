using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;

namespace M3oE.Dsl.Language.Model;

/// <summary>
/// Writes a checked model as indented text, one property a line, in declaration order. The dump is stable
/// across runs and machines, which makes it the form golden tests compare and <c>m3oec check --dump</c> shows.
/// </summary>
public static class ModelDumper
{
    public static string Dump(ModelSpec model)
    {
        var builder = new StringBuilder();
        builder.Append(nameof(ModelSpec)).Append('\n');
        WriteProperties(builder, model, 1);
        return builder.ToString();
    }

    private static void WriteProperties(StringBuilder builder, object value, int depth)
    {
        var properties = value
            .GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .Where(p => !IsLocation(value, p.Name))
            .OrderBy(p => p.MetadataToken);
        foreach (var property in properties)
        {
            WriteValue(builder, property.Name, property.GetValue(value), depth);
        }
    }

    /// <summary>Where a search space is written is not part of the model, so the dump leaves it out.</summary>
    private static bool IsLocation(object value, string property) =>
        value is SearchSpaceSpec && property is nameof(SearchSpaceSpec.File) or nameof(SearchSpaceSpec.Span);

    private static void WriteValue(StringBuilder builder, string label, object? value, int depth)
    {
        builder.Append(' ', depth * 2).Append(label).Append(':');
        switch (value)
        {
            case null:
                builder.Append(" null\n");
                break;
            case string text:
                builder.Append(' ').Append(Quote(text)).Append('\n');
                break;
            case double number:
                builder.Append(' ').Append(number.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
                break;
            case bool flag:
                builder.Append(flag ? " true\n" : " false\n");
                break;
            case Enum or int or long:
                builder.Append(' ').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
                break;
            case IEnumerable items:
                var list = items.Cast<object?>().ToList();
                if (list.Count == 0)
                {
                    builder.Append(" []\n");
                    break;
                }

                if (list.All(i => i is double or int or string))
                {
                    var rendered = list.Select(i =>
                        i is string s
                            ? Quote(s)
                            : Convert.ToString(
                                i is double d ? d.ToString("R", CultureInfo.InvariantCulture) : i,
                                CultureInfo.InvariantCulture
                            )
                    );
                    builder.Append(" [").Append(string.Join(", ", rendered)).Append("]\n");
                    break;
                }

                builder.Append('\n');
                foreach (var item in list)
                {
                    WriteValue(builder, "-", item, depth + 1);
                }

                break;
            default:
                builder.Append(' ').Append(value.GetType().Name).Append('\n');
                WriteProperties(builder, value, depth + 1);
                break;
        }
    }

    private static string Quote(string text) => Syntax.StringEscaping.Quote(text);
}

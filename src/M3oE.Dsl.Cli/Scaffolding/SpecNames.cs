using System.Collections.Generic;
using System.Linq;
using System.Text;
using M3oE.Dsl.Language.Parsing;

namespace M3oE.Dsl.Cli.Scaffolding;

/// <summary>
/// Turns column headers and values into spec names (<c>[A-Za-z_][A-Za-z0-9_]*</c>), unique and unreserved.
/// </summary>
internal static class SpecNames
{
    private static readonly HashSet<string> Reserved = new(
        Vocabulary
            .Declarations.Concat(Vocabulary.DataKinds)
            .Concat(Vocabulary.DataOptions)
            .Concat(Vocabulary.TaskOptions)
            .Concat(Vocabulary.LayerOptions)
            .Concat(Vocabulary.GateOptions)
            .Concat(Vocabulary.FusionOptions)
            .Concat(Vocabulary.TrainSettings)
            .Concat(Vocabulary.SearchSettings)
            .Concat(new[] { "model", "import", "extends", "header", "label", "otherwise", "and", "or", "not", "in" })
            .Concat(new[] { "int", "float", "string", "by", "as", "feature", "per", "each", "from" })
    );

    public static bool IsValid(string text) =>
        text.Length > 0
        && (char.IsAsciiLetter(text[0]) || text[0] == '_')
        && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && !Reserved.Contains(text);

    /// <summary>
    /// <paramref name="text"/> when it is a valid unused name; otherwise its letters and digits joined by
    /// <c>_</c>, prefixed with <paramref name="prefix"/> when it would start with a digit or be empty or
    /// reserved, and numbered when taken. The result is added to <paramref name="taken"/>.
    /// </summary>
    public static string Make(string text, string prefix, ISet<string> taken)
    {
        var name = new StringBuilder();
        foreach (var c in text.Trim())
        {
            var keep = char.IsAsciiLetterOrDigit(c) ? c : '_';
            if (keep != '_' || (name.Length > 0 && name[^1] != '_'))
            {
                name.Append(keep);
            }
        }

        var candidate = name.ToString().TrimEnd('_');
        if (candidate.Length == 0 || char.IsAsciiDigit(candidate[0]) || Reserved.Contains(candidate))
        {
            candidate = prefix + "_" + candidate;
        }

        candidate = candidate.TrimEnd('_');
        var unique = candidate;
        for (var n = 2; taken.Contains(unique); n++)
        {
            unique = $"{candidate}_{n}";
        }

        taken.Add(unique);
        return unique;
    }

    /// <summary>A model name from the <c>new</c> argument: its words capitalised and joined.</summary>
    public static string Model(string text)
    {
        var words = text.Split(
            text.Where(c => !char.IsAsciiLetterOrDigit(c)).Distinct().ToArray(),
            System.StringSplitOptions.RemoveEmptyEntries
        );
        var name = string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return name.Length == 0 || char.IsAsciiDigit(name[0]) || Reserved.Contains(name) ? "Model" + name : name;
    }

    /// <summary><paramref name="text"/> as a spec string literal, quotes and backslashes escaped.</summary>
    public static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\t", "\\t") + "\"";
}

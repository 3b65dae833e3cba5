using System.Collections.Generic;
using System.Linq;
using System.Text;
using M3oE.Dsl.Language.Parsing;
using M3oE.Dsl.Language.Syntax;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Formatting;

/// <summary>
/// Prints a spec in its canonical layout: two-space indentation, one entry per line, single spaces between
/// tokens, comments kept where they stand and single blank lines kept between entries. Formatting is
/// idempotent, and the formatted text parses to the same model. A file with syntax errors is not formatted.
/// </summary>
public sealed partial class SpecFormatter
{
    private const string Indent = "  ";

    private static readonly HashSet<string> CommaSeparatedOptions = new() { "metrics", "over" };

    private readonly StringBuilder _out = new();

    private SpecFormatter() { }

    public static FormatResult Format(string path, string text)
    {
        var parsed = SpecParser.Parse(new SourceText(path, text));
        var errors = parsed.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            return new FormatResult(null, errors);
        }

        var formatter = new SpecFormatter();
        formatter.WriteFile(parsed.Syntax);
        return new FormatResult(formatter._out.ToString(), errors);
    }

    private void WriteFile(SpecFileSyntax file)
    {
        var first = true;
        foreach (var import in file.Imports)
        {
            WriteLeading(import.Trivia, 0, first);
            WriteLine(0, "import " + StringEscaping.Quote(import.Path.Text), import.Trivia.Trailing);
            first = false;
        }

        foreach (var model in file.Models)
        {
            if (!first)
            {
                _out.Append('\n');
            }

            WriteLeading(model.Trivia, 0, first: true);
            var header =
                "model " + model.Name.Text + (model.Base is null ? string.Empty : " extends " + model.Base.Text);
            WriteLine(0, header + " {", model.Trivia.Trailing);
            for (var i = 0; i < model.Declarations.Count; i++)
            {
                WriteDeclaration(model.Declarations[i], i == 0);
            }

            WriteComments(model.InnerTrailing, 1, skipFirstBlank: model.Declarations.Count == 0);
            WriteLine(0, "}", model.Trivia.CloseTrailing);
            first = false;
        }

        if (file.TrailingComments.Count > 0)
        {
            WriteComments(file.TrailingComments, 0, skipFirstBlank: first);
        }
    }

    private void WriteDeclaration(DeclarationSyntax declaration, bool first)
    {
        WriteLeading(declaration.Trivia, 1, first);
        switch (declaration)
        {
            case DataSectionSyntax data:
                WriteBlock(data, "data", data.Entries, DataEntry);
                break;
            case DomainsSyntax domains:
                var header = "domains by " + domains.ByColumn.Text + (domains.AsFeature ? " as feature" : string.Empty);
                WriteBlock(domains, header, domains.Entries, e => e.Name.Text + ": " + DomainRule(e.Rule));
                break;
            case TasksSyntax tasks:
                WriteBlock(tasks, "tasks", tasks.Entries, e =>
                    Join(e.Name.Text + ": " + Condition(e.Label), Options(e.Options))
                );
                break;
            case ExpertsSyntax experts:
                WriteBlock(experts, "experts", experts.Entries, e => Join(e.Kind.Text, Network(e.Body)));
                break;
            case FusionSyntax fusion:
                WriteBlock(fusion, "fusion", fusion.Entries, FusionEntry);
                break;
            case SettingsSectionSyntax settings:
                WriteBlock(settings, settings.Keyword.Text, settings.Lines, l => Options(l.Settings));
                break;
            default:
                WriteLine(1, LineDeclaration(declaration), declaration.Trivia.Trailing);
                break;
        }
    }

    private void WriteBlock<T>(
        BlockDeclarationSyntax block,
        string header,
        IReadOnlyList<T> entries,
        System.Func<T, string> print
    )
        where T : SyntaxNode
    {
        WriteLine(1, header + " {", block.Trivia.Trailing);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            WriteLeading(entry.Trivia, 2, i == 0);
            WriteLine(2, print(entry), entry.Trivia.Trailing);
        }

        WriteComments(block.InnerTrailing, 2, skipFirstBlank: entries.Count == 0);
        WriteLine(1, "}", block.Trivia.CloseTrailing);
    }

    private void WriteLeading(Trivia trivia, int depth, bool first)
    {
        if (trivia.BlankLineBefore && !first)
        {
            _out.Append('\n');
        }

        WriteComments(trivia.Leading, depth, skipFirstBlank: true);
        if (trivia.BlankLineAfterComments && trivia.Leading.Count > 0)
        {
            _out.Append('\n');
        }
    }

    private void WriteComments(IReadOnlyList<Comment> comments, int depth, bool skipFirstBlank = false)
    {
        for (var i = 0; i < comments.Count; i++)
        {
            if (comments[i].BlankLineBefore && (i > 0 || !skipFirstBlank))
            {
                _out.Append('\n');
            }

            WriteLine(depth, comments[i].Text, null);
        }
    }

    private void WriteLine(int depth, string text, Comment? trailing)
    {
        for (var i = 0; i < depth; i++)
        {
            _out.Append(Indent);
        }

        _out.Append(text);
        if (trailing is not null)
        {
            _out.Append(' ').Append(trailing.Text);
        }

        _out.Append('\n');
    }

    private static string Join(params string[] parts) => string.Join(" ", parts.Where(p => p.Length > 0));
}

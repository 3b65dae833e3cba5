using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Language.Diagnostics;
using M3oE.Dsl.Language.Syntax;
using M3oE.Dsl.Language.Text;
using Sprache;

namespace M3oE.Dsl.Language.Parsing;

/// <summary>
/// Parses a spec file into a syntax tree. Errors are recovered at the next entry: every well-formed
/// entry of the file is in the tree, and every malformed one is a diagnostic. Parsing never throws.
/// </summary>
public sealed class SpecParser
{
    /// <summary>Conditions nesting deeper than this, or joining more terms, are refused.</summary>
    public const int MaxConditionDepth = 32;

    private readonly SourceText _source;
    private readonly DiagnosticBag _diagnostics = new();
    private string _code = string.Empty;

    private SpecParser(SourceText source)
    {
        _source = source;
    }

    public static ParseResult Parse(SourceText source)
    {
        var parser = new SpecParser(source);
        return parser.Run();
    }

    private ParseResult Run()
    {
        var (root, code) = Scanner.Scan(_source, _diagnostics);
        _code = code;

        var imports = new List<ImportSyntax>();
        var models = new List<ModelSyntax>();
        foreach (var item in root.Children)
        {
            if (item is ScannedBlock block)
            {
                var model = ParseModel(block);
                if (model is not null)
                {
                    models.Add(model);
                }

                continue;
            }

            var word = FirstWord(item);
            if (word == "import")
            {
                var import = Run(Grammar.Import, item);
                if (import is not null)
                {
                    imports.Add(import with { Span = item.Span, Trivia = item.ToTrivia() });
                }
            }
            else if (word == "model")
            {
                Report(DiagnosticCatalog.BlockExpected, item, "model");
            }
            else if (word is not null)
            {
                Report(DiagnosticCatalog.UnknownTopLevelItem, item, word);
            }
            else
            {
                ReportUnexpected(item.Span.Start, new[] { "'import'", "'model'" });
            }
        }

        var syntax = new SpecFileSyntax(_source, imports, models) { TrailingComments = root.InnerTrailing };
        return new ParseResult(syntax, _diagnostics.ToSortedList());
    }

    private ModelSyntax? ParseModel(ScannedBlock block)
    {
        var word = FirstWord(block);
        if (word != "model")
        {
            if (block.Span.Length == 0)
            {
                Report(DiagnosticCatalog.BlockWithoutHeader, new TextSpan(block.Open, 1));
            }
            else
            {
                Report(DiagnosticCatalog.UnknownTopLevelItem, block, word ?? _source[block.Span]);
            }

            return null;
        }

        if (!TryRun(Grammar.ModelHeader, block, out var header))
        {
            return null;
        }

        var declarations = new List<DeclarationSyntax>();
        var broken = new List<string>();
        foreach (var child in block.Children)
        {
            var declaration = child is ScannedBlock section ? ParseSection(section) : ParseLineDeclaration(child);
            if (declaration is not null)
            {
                declarations.Add(declaration with { Span = child.Span, Trivia = child.ToTrivia() });
            }
            else if (FirstWord(child) is { } keyword && Vocabulary.Declarations.Contains(keyword))
            {
                broken.Add(keyword);
            }
        }

        return new ModelSyntax(header.Name, header.Base, declarations)
        {
            Span = block.Span,
            HeaderSpan = block.Span,
            Trivia = block.ToTrivia(),
            InnerTrailing = block.InnerTrailing,
            BrokenDeclarations = broken,
        };
    }

    private DeclarationSyntax? ParseLineDeclaration(ScannedItem item)
    {
        var word = FirstWord(item);
        if (word is not null && Vocabulary.Declarations.Contains(word) && IsRemoval(item, word))
        {
            var keyword = Run(Grammar.Keyword(word).Then(k => Grammar.Keyword("off").Return(k)), item);
            return keyword is null ? null : new RemovedSectionSyntax(keyword);
        }

        switch (word)
        {
            case "representation":
                return Run(Grammar.Representation, item);
            case "gates":
                return Run(Grammar.Gates, item);
            case "towers":
                return Run(Grammar.Towers, item);
            case "auxiliary":
                return Run(Grammar.Auxiliary, item);
            case "loss":
                return Run(Grammar.Loss, item);
            case null:
                ReportUnexpected(item.Span.Start, Grammar.Describe(Vocabulary.Declarations));
                return null;
            default:
                if (Vocabulary.BlockDeclarations.Contains(word))
                {
                    Report(DiagnosticCatalog.BlockExpected, item, word);
                }
                else
                {
                    Report(DiagnosticCatalog.UnknownDeclaration, item, word, DeclarationList());
                }

                return null;
        }
    }

    private DeclarationSyntax? ParseSection(ScannedBlock block)
    {
        var word = FirstWord(block);
        if (word is null)
        {
            Report(DiagnosticCatalog.BlockWithoutHeader, new TextSpan(block.Open, 1));
            return null;
        }

        var keyword = new NameSyntax(word, new TextSpan(block.Span.Start, word.Length));
        switch (word)
        {
            case "data":
                return ParseHeaderKeyword(block, "data")
                    ? new DataSectionSyntax(keyword, Entries(block, Grammar.DataEntry))
                    {
                        InnerTrailing = block.InnerTrailing,
                    }
                    : null;
            case "domains":
                if (!TryRun(Grammar.DomainsHeader, block, out var domains))
                {
                    return null;
                }

                var domainEntries = Entries(block, Grammar.DomainEntry, condition: true);
                return new DomainsSyntax(keyword, domains.Column, domains.AsFeature, domainEntries)
                {
                    InnerTrailing = block.InnerTrailing,
                };
            case "tasks":
                return ParseHeaderKeyword(block, "tasks")
                    ? new TasksSyntax(keyword, Entries(block, Grammar.TaskEntry, condition: true))
                    {
                        InnerTrailing = block.InnerTrailing,
                    }
                    : null;
            case "experts":
                return ParseHeaderKeyword(block, "experts")
                    ? new ExpertsSyntax(keyword, Entries(block, Grammar.ExpertsEntry))
                    {
                        InnerTrailing = block.InnerTrailing,
                    }
                    : null;
            case "fusion":
                return ParseHeaderKeyword(block, "fusion")
                    ? new FusionSyntax(keyword, Entries(block, Grammar.FusionEntry))
                    {
                        InnerTrailing = block.InnerTrailing,
                    }
                    : null;
            case "train":
            case "search":
                var lineRule = word == "train" ? Grammar.TrainLine : Grammar.SearchLine;
                return ParseHeaderKeyword(block, word)
                    ? new SettingsSectionSyntax(keyword, Entries(block, lineRule))
                    {
                        InnerTrailing = block.InnerTrailing,
                    }
                    : null;
            default:
                if (Vocabulary.LineDeclarations.Contains(word))
                {
                    Report(DiagnosticCatalog.BlockNotExpected, block, word);
                }
                else
                {
                    Report(DiagnosticCatalog.UnknownDeclaration, block, word, DeclarationList());
                }

                return null;
        }
    }

    /// <summary>True for a line of exactly two words, the second being <c>off</c>.</summary>
    private bool IsRemoval(ScannedItem item, string word)
    {
        var rest = _code.Substring(item.Span.Start + word.Length, item.Span.Length - word.Length).Trim();
        return rest == "off";
    }

    private bool ParseHeaderKeyword(ScannedBlock block, string keyword) =>
        Run(Grammar.Keyword(keyword), block) is not null;

    private List<T> Entries<T>(ScannedBlock block, Parser<T> rule, bool condition = false)
        where T : SyntaxNode
    {
        var entries = new List<T>();
        foreach (var child in block.Children)
        {
            if (child is ScannedBlock nested)
            {
                Report(DiagnosticCatalog.NestedBlock, new TextSpan(nested.Open, 1), FirstWord(block) ?? "this block");
                continue;
            }

            if (condition && !CheckConditionDepth(child))
            {
                continue;
            }

            var entry = Run(rule, child);
            if (entry is not null)
            {
                entries.Add(entry with { Span = child.Span, Trivia = child.ToTrivia() });
            }
        }

        return entries;
    }

    /// <summary>Keeps the recursive condition rules away from inputs deep enough to exhaust the stack.</summary>
    private bool CheckConditionDepth(ScannedItem item)
    {
        var depth = 0;
        var maxDepth = 0;
        var operators = 0;
        var text = _code.Substring(item.Span.Start, item.Span.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                maxDepth = Math.Max(maxDepth, ++depth);
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (Grammar.IsNameStart(c) && (i == 0 || !Grammar.IsNamePart(text[i - 1])))
            {
                var end = i;
                while (end < text.Length && Grammar.IsNamePart(text[end]))
                {
                    end++;
                }

                var word = text.Substring(i, end - i);
                if (word is "and" or "or" or "not")
                {
                    operators++;
                }

                i = end - 1;
            }
        }

        if (maxDepth + operators <= MaxConditionDepth)
        {
            return true;
        }

        Report(DiagnosticCatalog.ConditionTooDeep, item, MaxConditionDepth);
        return false;
    }

    private T? Run<T>(Parser<T> rule, ScannedItem item)
        where T : class => TryRun(rule, item, out var value) ? value : null;

    private bool TryRun<T>(Parser<T> rule, ScannedItem item, out T value)
    {
        value = default!;
        if (item.Span.Length == 0 || OverlapsReportedError(item.Span))
        {
            return false;
        }

        var result = rule.ToEnd()(new EntryInput(_source, _code, item.Span));
        if (!result.WasSuccessful)
        {
            ReportUnexpected(result.Remainder.Position, result.Expectations);
            return false;
        }

        value = result.Value;
        return true;
    }

    private bool OverlapsReportedError(TextSpan span) =>
        _diagnostics.Items.Any(d => d.IsError && d.Span.Start >= span.Start && d.Span.Start < span.End);

    private void ReportUnexpected(int position, IEnumerable<string> expectations)
    {
        var found =
            position >= _code.Length || _code[position] is '\n' or '\r' or ';'
                ? "end of line"
                : DescribeCharacter(_code[position]);
        var expected = expectations.Distinct().ToList();
        var list = expected.Count == 0 ? "a valid entry" : string.Join(" or ", expected);
        var length = position < _code.Length ? 1 : 0;
        Report(DiagnosticCatalog.SyntaxError, new TextSpan(position, length), found, list);
    }

    private static string DescribeCharacter(char c) =>
        c is >= ' ' and <= '~'
            ? "'" + c + "'"
            : "character U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

    private static string DeclarationList() => string.Join(", ", Vocabulary.Declarations);

    private string? FirstWord(ScannedItem item)
    {
        var start = item.Span.Start;
        if (item.Span.Length == 0 || !Grammar.IsNameStart(_code[start]))
        {
            return null;
        }

        var end = start;
        while (end < item.Span.End && Grammar.IsNamePart(_code[end]))
        {
            end++;
        }

        return _code.Substring(start, end - start);
    }

    private void Report(DiagnosticDescriptor descriptor, ScannedItem item, params object[] args)
    {
        var word = FirstWord(item);
        var span = word is null ? item.Span : new TextSpan(item.Span.Start, word.Length);
        Report(descriptor, span, args);
    }

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] args) =>
        _diagnostics.Report(descriptor, _source, span, args);
}

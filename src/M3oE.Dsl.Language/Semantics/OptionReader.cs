using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Language.Diagnostics;
using M3oE.Dsl.Language.Syntax;

namespace M3oE.Dsl.Language.Semantics;

/// <summary>
/// Reads the options of one construct: reports unknown and repeated options, checks the shape and range of
/// each argument, and records search spaces where they are allowed.
/// </summary>
internal sealed class OptionReader
{
    private readonly BindingContext _context;
    private readonly Dictionary<string, OptionSyntax> _options = new(StringComparer.Ordinal);

    public OptionReader(
        BindingContext context,
        IEnumerable<OptionSyntax> options,
        string owner,
        IReadOnlyCollection<string> allowed
    )
    {
        _context = context;
        foreach (var option in options)
        {
            var key = option.Key.Text;
            if (!allowed.Contains(key))
            {
                var expected = string.Join(", ", allowed.OrderBy(k => k, StringComparer.Ordinal));
                _context.Report(DiagnosticCatalog.UnknownOption, option.Key.Span, key, owner, expected);
                continue;
            }

            if (_options.TryGetValue(key, out var first))
            {
                _context.Report(DiagnosticCatalog.DuplicateOption, option.Key.Span, key, _context.Line(first.Key.Span));
                continue;
            }

            _options[key] = option;
        }
    }

    public bool Has(string key) => _options.ContainsKey(key);

    public OptionSyntax? Get(string key) => _options.TryGetValue(key, out var option) ? option : null;

    /// <summary>A flag such as <c>detached</c>: present or not, with no arguments.</summary>
    public bool Flag(string key)
    {
        if (!_options.TryGetValue(key, out var option))
        {
            return false;
        }

        if (option.Args.Count > 0)
        {
            _context.Report(DiagnosticCatalog.BadArguments, option.Args[0].Span, key, "takes no arguments");
        }

        return true;
    }

    /// <summary>A whole number in [min, max]; a search space when <paramref name="spacePath"/> is given.</summary>
    public int Int(string key, int fallback, int min, int max = int.MaxValue, string? spacePath = null)
    {
        var value = SingleValue(key, spacePath);
        if (value is null)
        {
            return fallback;
        }

        var result = fallback;
        foreach (var choice in value.Choices)
        {
            if (!CheckInt(key, choice, min, max, out var number))
            {
                return fallback;
            }

            if (ReferenceEquals(choice, value.First))
            {
                result = number;
            }
        }

        _context.RecordSpace(spacePath, value);
        return result;
    }

    /// <summary>
    /// A number checked by <paramref name="range"/>; a search space when <paramref name="spacePath"/> is given.
    /// </summary>
    public double Double(string key, double fallback, NumberRange range, string? spacePath = null)
    {
        var value = SingleValue(key, spacePath);
        if (value is null)
        {
            return fallback;
        }

        foreach (var choice in value.Choices)
        {
            if (!_context.CheckRange("'" + key + "'", choice, range))
            {
                return fallback;
            }
        }

        _context.RecordSpace(spacePath, value);
        return value.First.Value;
    }

    /// <summary>One word out of <paramref name="allowed"/>, such as <c>normalize minmax</c>.</summary>
    public string? Word(string key, IReadOnlyList<string> allowed, string what)
    {
        if (!_options.TryGetValue(key, out var option))
        {
            return null;
        }

        if (option.Args.Count != 1 || option.Args[0] is not WordArgSyntax word)
        {
            var span = option.Args.Count > 0 ? option.Args[0].Span : option.Key.Span;
            _context.Report(DiagnosticCatalog.BadArguments, span, key, "takes one word: " + string.Join(", ", allowed));
            return null;
        }

        if (!allowed.Contains(word.Word.Text))
        {
            _context.Report(DiagnosticCatalog.UnknownWord, word.Span, word.Word.Text, what, string.Join(", ", allowed));
            return null;
        }

        return word.Word.Text;
    }

    /// <summary>Words, each out of <paramref name="allowed"/>, such as <c>metrics auc, logloss</c>.</summary>
    public List<string>? Words(string key, IReadOnlyList<string> allowed, string what)
    {
        if (!_options.TryGetValue(key, out var option))
        {
            return null;
        }

        if (option.Args.Count == 0 || option.Args.Any(a => a is not WordArgSyntax))
        {
            var span = option.Args.FirstOrDefault(a => a is not WordArgSyntax)?.Span ?? option.Key.Span;
            _context.Report(
                DiagnosticCatalog.BadArguments,
                span,
                key,
                "takes a list of words: " + string.Join(", ", allowed)
            );
            return null;
        }

        var words = new List<string>();
        foreach (var arg in option.Args.Cast<WordArgSyntax>())
        {
            if (!allowed.Contains(arg.Word.Text))
            {
                _context.Report(
                    DiagnosticCatalog.UnknownWord,
                    arg.Span,
                    arg.Word.Text,
                    what,
                    string.Join(", ", allowed)
                );
                continue;
            }

            if (words.Contains(arg.Word.Text))
            {
                _context.Report(DiagnosticCatalog.DuplicateOption, arg.Span, arg.Word.Text, _context.Line(arg.Span));
                continue;
            }

            words.Add(arg.Word.Text);
        }

        return words;
    }

    /// <summary>A string such as <c>separator "|"</c>.</summary>
    public string? String(string key)
    {
        if (!_options.TryGetValue(key, out var option))
        {
            return null;
        }

        if (option.Args.Count != 1 || option.Args[0] is not StringArgSyntax text)
        {
            var span = option.Args.Count > 0 ? option.Args[0].Span : option.Key.Span;
            _context.Report(
                DiagnosticCatalog.BadArguments,
                span,
                key,
                "takes one string, for example " + key + " \"|\""
            );
            return null;
        }

        return text.Literal.Text;
    }

    /// <summary>A bracketed list of numbers such as <c>boundaries [18, 25, 35]</c>.</summary>
    public List<NumberSyntax>? NumberList(string key)
    {
        if (!_options.TryGetValue(key, out var option))
        {
            return null;
        }

        if (option.Args.Count != 1 || option.Args[0] is not ListArgSyntax list || list.Items.Any(i => i.IsString))
        {
            var span = option.Args.Count > 0 ? option.Args[0].Span : option.Key.Span;
            _context.Report(
                DiagnosticCatalog.BadArguments,
                span,
                key,
                "takes a list of numbers, for example " + key + " [1, 2, 3]"
            );
            return null;
        }

        return list.Items.Select(i => new NumberSyntax(i.Text, i.Number, i.Span)).ToList();
    }

    /// <summary>The arguments of an option, for constructs that read them by hand.</summary>
    public IReadOnlyList<ArgSyntax> Args(string key) =>
        _options.TryGetValue(key, out var option) ? option.Args : Array.Empty<ArgSyntax>();

    private ValueSyntax? SingleValue(string key, string? spacePath)
    {
        if (!_options.TryGetValue(key, out var option))
        {
            return null;
        }

        if (option.Args.Count != 1 || option.Args[0] is not ValueArgSyntax valueArg)
        {
            var span = option.Args.Count > 0 ? option.Args[0].Span : option.Key.Span;
            _context.Report(DiagnosticCatalog.BadArguments, span, key, "takes one number");
            return null;
        }

        var value = valueArg.Value;
        if (value.IsSpace && spacePath is null)
        {
            _context.Report(DiagnosticCatalog.SpaceNotSearchable, value.Span, key);
            return null;
        }

        return value;
    }

    private bool CheckInt(string key, NumberSyntax number, int min, int max, out int value) =>
        _context.CheckInt("'" + key + "'", number, min, max, out value);
}

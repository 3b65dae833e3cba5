using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using M3oE.Dsl.Language.Syntax;
using M3oE.Dsl.Language.Text;
using Sprache;

namespace M3oE.Dsl.Language.Parsing;

/// <summary>
/// The grammar of one entry of a spec (a line, or the header of a block), as Sprache rules. The scanner
/// has already split the file into entries and removed comments; each public rule parses one entry kind
/// to its end.
/// </summary>
internal static partial class Grammar
{
    /// <summary>Words that cannot name a column in a condition.</summary>
    public static readonly IReadOnlyCollection<string> ConditionWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "and",
        "or",
        "not",
        "in",
        "otherwise",
        "label",
    };

    // lexical rules

    private static readonly Parser<string> IdentifierText = input =>
    {
        if (input.AtEnd || !IsNameStart(input.Current))
        {
            return Result.Failure<string>(input, "expected a name", new[] { "a name" });
        }

        var start = input.Position;
        var rest = input.Advance();
        while (!rest.AtEnd && IsNamePart(rest.Current))
        {
            rest = rest.Advance();
        }

        return Result.Success(input.Source.Substring(start, rest.Position - start), rest);
    };

    private static readonly Parser<string> NumberText = input =>
    {
        var rest = input;
        var start = input.Position;
        if (!rest.AtEnd && rest.Current == '-')
        {
            rest = rest.Advance();
        }

        var digits = SkipDigits(ref rest);
        if (digits == 0)
        {
            return Result.Failure<string>(input, "expected a number", new[] { "a number" });
        }

        if (!rest.AtEnd && rest.Current == '.')
        {
            var afterDot = rest.Advance();
            if (SkipDigits(ref afterDot) > 0)
            {
                rest = afterDot;
            }
        }

        if (!rest.AtEnd && rest.Current is 'e' or 'E')
        {
            var exponent = rest.Advance();
            if (!exponent.AtEnd && exponent.Current is '+' or '-')
            {
                exponent = exponent.Advance();
            }

            if (SkipDigits(ref exponent) > 0)
            {
                rest = exponent;
            }
        }

        if (!rest.AtEnd && IsNamePart(rest.Current))
        {
            return Result.Failure<string>(rest, "expected a number", new[] { "a number" });
        }

        return Result.Success(input.Source.Substring(start, rest.Position - start), rest);
    };

    private static readonly Parser<string> StringText = input =>
    {
        if (input.AtEnd || input.Current != '"')
        {
            return Result.Failure<string>(input, "expected a string", new[] { "a string" });
        }

        var builder = new StringBuilder();
        var rest = input.Advance();
        while (!rest.AtEnd)
        {
            var c = rest.Current;
            rest = rest.Advance();
            if (c == '"')
            {
                return Result.Success(builder.ToString(), rest);
            }

            if (c == '\\' && !rest.AtEnd)
            {
                var escaped = rest.Current;
                rest = rest.Advance();
                builder.Append(
                    escaped switch
                    {
                        'n' => '\n',
                        't' => '\t',
                        _ => escaped,
                    }
                );
                continue;
            }

            builder.Append(c);
        }

        return Result.Failure<string>(rest, "expected a closing quote", new[] { "'\"'" });
    };

    public static readonly Parser<NameSyntax> Name = Lexeme(IdentifierText, (text, span) => new NameSyntax(text, span))
        .Named("a name");

    public static readonly Parser<NumberSyntax> Number = Lexeme(NumberText, (text, span) =>
            new NumberSyntax(text, ParseDouble(text), span)
        )
        .Named("a number");

    public static readonly Parser<LiteralSyntax> StringLiteral = Lexeme(StringText, (text, span) =>
            new LiteralSyntax(text, true, double.NaN, span)
        )
        .Named("a string");

    public static readonly Parser<LiteralSyntax> Literal = Number
        .Select(n => new LiteralSyntax(n.Text, false, n.Value, n.Span))
        .Or(StringLiteral)
        .Named("a value");

    public static readonly Parser<ValueSyntax> Value = Number
        .DelimitedBy(Symbol("|"))
        .Select(choices => new ValueSyntax(choices.ToList()));

    private static readonly Parser<string> Comma = Symbol(",");

    private static readonly Parser<string> Arrow = Symbol("->");

    // arguments and options

    private static readonly Parser<TupleArgSyntax> Tuple =
        from open in SymbolSpan("(")
        from names in Name.DelimitedBy(Comma)
        from close in SymbolSpan(")")
        select new TupleArgSyntax(names.ToList(), TextSpan.FromBounds(open.Start, close.End));

    private static readonly Parser<ListArgSyntax> List =
        from open in SymbolSpan("[")
        from items in Literal.DelimitedBy(Comma)
        from close in SymbolSpan("]")
        select new ListArgSyntax(items.ToList(), TextSpan.FromBounds(open.Start, close.End));

    private static Parser<ArgSyntax> Argument(IReadOnlyCollection<string> keys) =>
        Value
            .Select(v => (ArgSyntax)new ValueArgSyntax(v))
            .Or(StringLiteral.Select(s => (ArgSyntax)new StringArgSyntax(s)))
            .Or(Tuple)
            .Or(List)
            .Or(Name.Where(n => !keys.Contains(n.Text)).Select(n => (ArgSyntax)new WordArgSyntax(n)));

    /// <summary>Options: a name followed by arguments up to the next known option name.</summary>
    public static Parser<List<OptionSyntax>> Options(IReadOnlyCollection<string> keys)
    {
        var argument = from comma in Comma.Optional() from arg in Argument(keys) select arg;
        var option = from key in Name from args in argument.Many() select new OptionSyntax(key, args.ToList());
        return option.Many().Select(o => o.ToList());
    }

    /// <summary>Layer widths joined by arrows (possibly none), then options.</summary>
    public static Parser<NetworkSyntax> Network(IReadOnlyCollection<string> keys) =>
        from start in Position
        from widths in Value.DelimitedBy(Arrow).Optional()
        from options in Options(keys)
        from end in Position
        select new NetworkSyntax(
            widths.GetOrElse(Array.Empty<ValueSyntax>()).ToList(),
            options,
            TextSpan.FromBounds(start, end)
        );

    /// <summary><c>per (domain, task)</c> or <c>per task</c>.</summary>
    public static readonly Parser<PlacementSyntax> Placement =
        from per in Keyword("per")
        from axes in Tuple
            .Select(t => (t.Names, t.Span))
            .Or(Name.Select(n => ((IReadOnlyList<NameSyntax>)new[] { n }, n.Span)))
        select new PlacementSyntax(axes.Item1, TextSpan.FromBounds(per.Span.Start, axes.Item2.End));

    // conditions

    private static readonly Parser<string> ComparisonOperator = Symbol("<=")
        .Or(Symbol(">="))
        .Or(Symbol("=="))
        .Or(Symbol("!="))
        .Or(Symbol("<"))
        .Or(Symbol(">"))
        .Named("a comparison (<, <=, >, >=, ==, !=)");

    private static readonly Parser<NameSyntax> ColumnName = Name.Where(n => !ConditionWords.Contains(n.Text))
        .Named("a column name");

    private static readonly Parser<ConditionSyntax> Comparison =
        from column in ColumnName
        from op in ComparisonOperator
        from value in Literal
        select (ConditionSyntax)
            new ComparisonSyntax(column, op, value, TextSpan.FromBounds(column.Span.Start, value.Span.End));

    private static readonly Parser<ConditionSyntax> InList =
        from column in ColumnName
        from negated in Keyword("not").Optional()
        from keyword in Keyword("in")
        from list in List
        select (ConditionSyntax)
            new InListSyntax(
                column,
                list.Items,
                negated.IsDefined,
                TextSpan.FromBounds(column.Span.Start, list.Span.End)
            );

    private static readonly Parser<ConditionSyntax> Primary = Parse
        .Ref(() => Parenthesized)
        .Or(Parse.Ref(() => Negation))
        .Or(InList)
        .Or(Comparison)
        .Named("a condition");

    private static readonly Parser<ConditionSyntax> Parenthesized =
        from open in Symbol("(")
        from inner in Parse.Ref(() => Condition)
        from close in Symbol(")")
        select inner;

    private static readonly Parser<ConditionSyntax> Negation =
        from not in Keyword("not")
        from operand in Primary
        select (ConditionSyntax)new NotConditionSyntax(operand, TextSpan.FromBounds(not.Span.Start, operand.Span.End));

    private static readonly Parser<ConditionSyntax> Conjunction = Parse.ChainOperator(
        Keyword("and"),
        Primary,
        (op, left, right) => new BinaryConditionSyntax("and", left, right)
    );

    /// <summary>
    /// A condition: comparisons and lists joined with <c>and</c>, <c>or</c>, <c>not</c> and parentheses.
    /// </summary>
    public static readonly Parser<ConditionSyntax> Condition = Parse.ChainOperator(
        Keyword("or"),
        Conjunction,
        (op, left, right) => new BinaryConditionSyntax("or", left, right)
    );

    // helpers

    public static Parser<NameSyntax> Keyword(string word) => Name.Where(n => n.Text == word).Named("'" + word + "'");

    public static Parser<string> Symbol(string symbol) => SymbolSpan(symbol).Return(symbol);

    private static Parser<TextSpan> SymbolSpan(string symbol) =>
        Lexeme(Parse.String(symbol).Text(), (_, span) => span).Named("'" + symbol + "'");

    private static readonly Parser<int> Position = input => Result.Success(input.Position, input);

    /// <summary>
    /// A token: the rule at the current position, then any spaces after it. Entries start on a token, so
    /// spaces are only ever skipped after one, and a failure is reported where the token should start.
    /// </summary>
    private static Parser<T> Lexeme<T>(Parser<string> parser, Func<string, TextSpan, T> make) =>
        input =>
        {
            var result = parser(input);
            if (!result.WasSuccessful)
            {
                return Result.Failure<T>(input, result.Message, result.Expectations);
            }

            var span = TextSpan.FromBounds(input.Position, result.Remainder.Position);
            return Result.Success(make(result.Value, span), SkipSpaces(result.Remainder));
        };

    private static IInput SkipSpaces(IInput input)
    {
        while (!input.AtEnd && char.IsWhiteSpace(input.Current))
        {
            input = input.Advance();
        }

        return input;
    }

    private static int SkipDigits(ref IInput input)
    {
        var count = 0;
        while (!input.AtEnd && input.Current is >= '0' and <= '9')
        {
            input = input.Advance();
            count++;
        }

        return count;
    }

    private static double ParseDouble(string text)
    {
        var ok = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value);
        return ok && !double.IsInfinity(value) ? value : double.NaN;
    }

    public static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    public static bool IsNamePart(char c) => IsNameStart(c) || c is >= '0' and <= '9';
}

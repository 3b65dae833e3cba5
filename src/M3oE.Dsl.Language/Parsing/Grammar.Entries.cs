using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Language.Syntax;
using M3oE.Dsl.Language.Text;
using Sprache;

namespace M3oE.Dsl.Language.Parsing;

/// <summary>The rules for each kind of entry: one per line form of the language.</summary>
internal static partial class Grammar
{
    private static readonly Parser<NameSyntax> FromKeyword = Keyword("from");

    /// <summary><c>import "base.m3oe"</c>.</summary>
    public static readonly Parser<ImportSyntax> Import =
        from keyword in Keyword("import")
        from path in StringLiteral
        select new ImportSyntax(path);

    /// <summary><c>model Name</c> or <c>model Name extends Base</c>.</summary>
    public static readonly Parser<(NameSyntax Name, NameSyntax? Base)> ModelHeader =
        from keyword in Keyword("model")
        from name in Name
        from baseName in (from extends in Keyword("extends") from b in Name select b).Optional()
        select (name, baseName.GetOrDefault());

    /// <summary><c>sparse user_id, movie_id dim 16</c> and the other data entries.</summary>
    public static readonly Parser<DataEntrySyntax> DataEntry =
        from kind in Name
        from names in Name.Where(n => !Vocabulary.DataOptions.Contains(n.Text) && n.Text != "from")
            .DelimitedBy(Comma)
            .Optional()
        from source in (from keyword in FromKeyword from column in Name select column).Optional()
        from options in Options(Vocabulary.DataOptions)
        select new DataEntrySyntax(
            kind,
            names.GetOrElse(Enumerable.Empty<NameSyntax>()).ToList(),
            source.GetOrDefault(),
            options
        );

    /// <summary><c>domains by age</c> or <c>domains by country as feature</c>.</summary>
    public static readonly Parser<(NameSyntax Keyword, NameSyntax Column, bool AsFeature)> DomainsHeader =
        from keyword in Keyword("domains")
        from byKeyword in Keyword("by")
        from column in Name
        from asFeature in (from a in Keyword("as") from f in Keyword("feature") select f).Optional()
        select (keyword, column, asFeature.IsDefined);

    private static readonly Parser<DomainRuleSyntax> DomainRule = Keyword("otherwise")
        .Select(o => new DomainRuleSyntax(new LiteralSyntax[0], null, true, o.Span))
        .Or(
            Literal
                .DelimitedBy(Comma)
                .Select(values =>
                {
                    var list = values.ToList();
                    return new DomainRuleSyntax(
                        list,
                        null,
                        false,
                        TextSpan.FromBounds(list[0].Span.Start, list[list.Count - 1].Span.End)
                    );
                })
        )
        .Or(Condition.Select(c => new DomainRuleSyntax(new LiteralSyntax[0], c, false, c.Span)));

    /// <summary><c>young: age &lt; 25</c>, <c>nl: "NL"</c>, <c>rest: otherwise</c>.</summary>
    public static readonly Parser<DomainEntrySyntax> DomainEntry =
        from name in Name
        from colon in Symbol(":")
        from rule in DomainRule
        select new DomainEntrySyntax(name, rule);

    private static readonly Parser<ConditionSyntax> LabelColumn =
        from keyword in Keyword("label")
        from column in Name
        select (ConditionSyntax)new LabelColumnSyntax(column, TextSpan.FromBounds(keyword.Span.Start, column.Span.End));

    /// <summary><c>click: rating &gt; 3 weight 1</c> or <c>buy: label purchase</c>.</summary>
    public static readonly Parser<TaskEntrySyntax> TaskEntry =
        from name in Name
        from colon in Symbol(":")
        from label in LabelColumn.Or(Condition)
        from options in Options(Vocabulary.TaskOptions)
        select new TaskEntrySyntax(name, label, options);

    /// <summary><c>representation star 512 -> 256 layernorm relu skip</c>.</summary>
    public static readonly Parser<RepresentationSyntax> Representation =
        from keyword in Keyword("representation")
        from kind in Name
        from body in Network(Vocabulary.LayerOptions)
        select new RepresentationSyntax(keyword, kind, body);

    /// <summary><c>shared count 2</c>, <c>network 256 -> 64 layernorm relu</c>.</summary>
    public static readonly Parser<ExpertsEntrySyntax> ExpertsEntry =
        from kind in Name
        from body in Network(Vocabulary.LayerOptions)
        select new ExpertsEntrySyntax(kind, body);

    /// <summary><c>gates per (domain, task) on representation detached</c>.</summary>
    public static readonly Parser<GatesSyntax> Gates =
        from keyword in Keyword("gates")
        from placement in Placement
        from options in Options(Vocabulary.GateOptions)
        select new GatesSyntax(keyword, placement, options);

    /// <summary><c>level 1 domain learned</c>, <c>level 2 concat</c>.</summary>
    public static readonly Parser<FusionEntrySyntax> FusionEntry =
        from keyword in Keyword("level")
        from level in Number
        from module in Keyword("domain").Or(Keyword("task")).Optional()
        from options in Options(Vocabulary.FusionOptions)
        select new FusionEntrySyntax(level, module.GetOrDefault(), options);

    /// <summary><c>towers per (domain, task) 64 layernorm relu</c>.</summary>
    public static readonly Parser<TowersSyntax> Towers =
        from keyword in Keyword("towers")
        from placement in Placement
        from body in Network(Vocabulary.LayerOptions)
        select new TowersSyntax(keyword, placement, body);

    /// <summary><c>auxiliary 32 relu</c>.</summary>
    public static readonly Parser<AuxiliarySyntax> Auxiliary =
        from keyword in Keyword("auxiliary")
        from body in Network(Vocabulary.LayerOptions)
        select new AuxiliarySyntax(keyword, body);

    /// <summary><c>loss bce sum over (domain, task)</c> or <c>loss bce mean</c>.</summary>
    public static readonly Parser<LossSyntax> Loss =
        from keyword in Keyword("loss")
        from kind in Name
        from reduction in Name
        from over in (from o in Keyword("over") from axes in Tuple select axes).Optional()
        select new LossSyntax(
            keyword,
            kind,
            reduction,
            over.IsDefined ? new PlacementSyntax(over.Get().Names, over.Get().Span) : null
        );

    /// <summary>A line of <c>train</c> settings.</summary>
    public static readonly Parser<SettingLineSyntax> TrainLine = Options(Vocabulary.TrainSettings)
        .Select(o => new SettingLineSyntax(o));

    /// <summary>A line of <c>search</c> settings.</summary>
    public static readonly Parser<SettingLineSyntax> SearchLine = Options(Vocabulary.SearchSettings)
        .Select(o => new SettingLineSyntax(o));

    /// <summary>Succeeds only at the end of the entry.</summary>
    public static Parser<T> ToEnd<T>(this Parser<T> parser) =>
        input =>
        {
            var result = parser(input);
            if (!result.WasSuccessful)
            {
                return result;
            }

            return result.Remainder.AtEnd
                ? result
                : Result.Failure<T>(
                    result.Remainder,
                    "expected the end of the entry",
                    new[] { "the end of the entry" }
                );
        };

    /// <summary>The keywords of the language that a line of this kind may start with, for messages.</summary>
    public static IEnumerable<string> Describe(IEnumerable<string> words) => words.Select(w => "'" + w + "'");
}

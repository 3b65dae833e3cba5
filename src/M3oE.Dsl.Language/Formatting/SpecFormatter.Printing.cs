using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Language.Syntax;

namespace M3oE.Dsl.Language.Formatting;

/// <summary>The canonical text of each construct.</summary>
public sealed partial class SpecFormatter
{
    private static string LineDeclaration(DeclarationSyntax declaration) =>
        declaration switch
        {
            RepresentationSyntax r => Join("representation", r.Kind.Text, Network(r.Body)),
            GatesSyntax g => Join("gates", Placement(g.Placement), Options(g.Options)),
            TowersSyntax t => Join("towers", Placement(t.Placement), Network(t.Network)),
            AuxiliarySyntax a => Join("auxiliary", Network(a.Network)),
            LossSyntax l => Join(
                "loss",
                l.Kind.Text,
                l.Reduction.Text,
                l.Over is null ? string.Empty : "over " + Tuple(l.Over.Axes)
            ),
            RemovedSectionSyntax removed => removed.Keyword.Text + " off",
            _ => declaration.Keyword.Text,
        };

    private static string DataEntry(DataEntrySyntax entry) =>
        Join(
            entry.Kind.Text,
            string.Join(", ", entry.Names.Select(n => n.Text)),
            entry.Source is null ? string.Empty : "from " + entry.Source.Text,
            Options(entry.Options)
        );

    private static string FusionEntry(FusionEntrySyntax entry) =>
        Join("level", entry.Level.Text, entry.Module?.Text ?? string.Empty, Options(entry.Options));

    private static string DomainRule(DomainRuleSyntax rule)
    {
        if (rule.Otherwise)
        {
            return "otherwise";
        }

        return rule.Condition is not null
            ? Condition(rule.Condition)
            : string.Join(", ", rule.Values.Select(v => v.ToSource()));
    }

    private static string Network(NetworkSyntax network) =>
        Join(string.Join(" -> ", network.Widths.Select(w => w.ToString())), Options(network.Options));

    private static string Placement(PlacementSyntax placement) =>
        "per " + (placement.Axes.Count == 1 ? placement.Axes[0].Text : Tuple(placement.Axes));

    private static string Tuple(IEnumerable<NameSyntax> names) =>
        "(" + string.Join(", ", names.Select(n => n.Text)) + ")";

    private static string Options(IEnumerable<OptionSyntax> options) => string.Join(" ", options.Select(Option));

    private static string Option(OptionSyntax option)
    {
        var separator = CommaSeparatedOptions.Contains(option.Key.Text) ? ", " : " ";
        var args = string.Join(separator, option.Args.Select(Argument));
        return Join(option.Key.Text, args);
    }

    private static string Argument(ArgSyntax argument) =>
        argument switch
        {
            ValueArgSyntax value => value.Value.ToString(),
            WordArgSyntax word => word.Word.Text,
            StringArgSyntax text => text.Literal.ToSource(),
            TupleArgSyntax tuple => Tuple(tuple.Names),
            ListArgSyntax list => "[" + string.Join(", ", list.Items.Select(i => i.ToSource())) + "]",
            _ => string.Empty,
        };

    /// <summary>Prints a condition with the parentheses its tree needs, and no others.</summary>
    private static string Condition(ConditionSyntax condition) =>
        condition switch
        {
            ComparisonSyntax c => c.Column.Text + " " + c.Operator + " " + c.Value.ToSource(),
            InListSyntax l => l.Column.Text
                + (l.Negated ? " not in " : " in ")
                + "["
                + string.Join(", ", l.Values.Select(v => v.ToSource()))
                + "]",
            LabelColumnSyntax label => "label " + label.Column.Text,
            NotConditionSyntax not => "not " + Operand(not.Operand, parenthesize: not.Operand is BinaryConditionSyntax),
            BinaryConditionSyntax b => Operand(
                b.Left,
                parenthesize: b.Operator == "and" && b.Left is BinaryConditionSyntax { Operator: "or" }
            )
                + " "
                + b.Operator
                + " "
                + Operand(
                    b.Right,
                    parenthesize: b.Right is BinaryConditionSyntax right
                        && (b.Operator == "and" || right.Operator == "or")
                ),
            _ => string.Empty,
        };

    private static string Operand(ConditionSyntax operand, bool parenthesize) =>
        parenthesize ? "(" + Condition(operand) + ")" : Condition(operand);
}

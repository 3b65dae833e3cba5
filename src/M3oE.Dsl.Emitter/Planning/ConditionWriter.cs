using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Emitter.Literals;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Emitter.Planning;

/// <summary>
/// Compiles checked conditions into C# expressions: over a row view whose columns sit at fixed slots (domain
/// rules), or over one numeric value (task labels). A missing or unparsable number matches no comparison.
/// </summary>
internal sealed class ConditionWriter
{
    private readonly IReadOnlyDictionary<string, ColumnSpec> _columns;
    private readonly Dictionary<string, int> _variableUses = new(StringComparer.Ordinal);

    public ConditionWriter(IReadOnlyDictionary<string, ColumnSpec> columns)
    {
        _columns = columns;
    }

    /// <summary>The columns a condition reads, in order of first use.</summary>
    public static IEnumerable<string> ColumnsOf(ConditionSpec condition)
    {
        if (condition.Column is { } column)
        {
            yield return column;
        }

        foreach (var operand in condition.Operands)
        {
            foreach (var inner in ColumnsOf(operand))
            {
                yield return inner;
            }
        }
    }

    /// <summary>
    /// An expression over <c>row</c> (an <c>IRowView</c>); each column is read at the constant
    /// <paramref name="slotName"/> returns for it.
    /// </summary>
    public string OverRow(ConditionSpec condition, Func<string, string> slotName)
    {
        _variableUses.Clear();
        return Row(condition, slotName, nested: false);
    }

    /// <summary>An expression over the double <paramref name="variable"/>; null when the rule reads text.</summary>
    public string? OverValue(ConditionSpec condition, string variable)
    {
        switch (condition.Kind)
        {
            case ConditionKind.Compare when !IsText(condition.Column):
                return $"{variable} {condition.Operator} {Number(condition.Values[0])}";
            case ConditionKind.In when !IsText(condition.Column):
                return $"{variable} is {NumberPattern(condition.Values)}";
            case ConditionKind.NotIn when !IsText(condition.Column):
                return $"{variable} is not ({NumberPattern(condition.Values)})";
            case ConditionKind.Label when !IsText(condition.Column):
                return $"{variable} != 0.0";
            case ConditionKind.And or ConditionKind.Or:
                var left = OverValue(condition.Operands[0], variable);
                var right = OverValue(condition.Operands[1], variable);
                var op = condition.Kind == ConditionKind.And ? "&&" : "||";
                return left is null || right is null ? null : $"({left}) {op} ({right})";
            case ConditionKind.Not:
                var operand = OverValue(condition.Operands[0], variable);
                return operand is null ? null : $"!({operand})";
            default:
                return null;
        }
    }

    /// <summary>The condition as the spec would write it, for documentation and schema hashes.</summary>
    public static string Text(ConditionSpec condition)
    {
        return condition.Kind switch
        {
            ConditionKind.Compare => $"{condition.Column} {condition.Operator} {LiteralText(condition.Values[0])}",
            ConditionKind.In => $"{condition.Column} in ({string.Join(", ", condition.Values.Select(LiteralText))})",
            ConditionKind.NotIn =>
                $"{condition.Column} not in ({string.Join(", ", condition.Values.Select(LiteralText))})",
            ConditionKind.Label => condition.Column ?? string.Empty,
            ConditionKind.And => $"({Text(condition.Operands[0])}) and ({Text(condition.Operands[1])})",
            ConditionKind.Or => $"({Text(condition.Operands[0])}) or ({Text(condition.Operands[1])})",
            ConditionKind.Not => $"not ({Text(condition.Operands[0])})",
            _ => condition.Kind.ToString(),
        };
    }

    private string Row(ConditionSpec condition, Func<string, string> slotName, bool nested)
    {
        string expression;
        switch (condition.Kind)
        {
            case ConditionKind.And or ConditionKind.Or:
                var op = condition.Kind == ConditionKind.And ? "&&" : "||";
                expression =
                    $"{Row(condition.Operands[0], slotName, true)} {op} {Row(condition.Operands[1], slotName, true)}";
                break;
            case ConditionKind.Not:
                return $"!{Row(condition.Operands[0], slotName, true)}";
            default:
                expression = Leaf(condition, slotName);
                break;
        }

        return nested ? $"({expression})" : expression;
    }

    private string Leaf(ConditionSpec condition, Func<string, string> slotName)
    {
        var column = condition.Column ?? string.Empty;
        var slot = slotName(column);
        if (IsText(column))
        {
            var text = $"row.Text({slot})";
            return condition.Kind switch
            {
                ConditionKind.Compare => condition.Operator switch
                {
                    "==" => $"{text} is {TextLiteral(condition.Values[0])}",
                    "!=" => $"{text} is not {TextLiteral(condition.Values[0])}",
                    _ => $"{text}.SequenceCompareTo({TextLiteral(condition.Values[0])}) {condition.Operator} 0",
                },
                ConditionKind.In => $"{text} is {TextPattern(condition.Values)}",
                ConditionKind.NotIn => $"{text} is not ({TextPattern(condition.Values)})",
                _ => $"!{text}.IsEmpty",
            };
        }

        var variable = Variable(column);
        var read = $"row.TryNumber({slot}, out var {variable})";
        return condition.Kind switch
        {
            ConditionKind.Compare => $"{read} && {variable} {condition.Operator} {Number(condition.Values[0])}",
            ConditionKind.In => $"{read} && {variable} is {NumberPattern(condition.Values)}",
            ConditionKind.NotIn => $"{read} && {variable} is not ({NumberPattern(condition.Values)})",
            _ => $"{read} && {variable} != 0.0",
        };
    }

    private bool IsText(string? column) =>
        column is not null
        && _columns.TryGetValue(column, out var spec)
        && (spec.Type == ColumnType.String || spec.Kind == ColumnKind.Sequence);

    private string Variable(string column)
    {
        var name = _columns.TryGetValue(column, out var spec) ? spec.CSharpName : "column";
        var camel = char.ToLowerInvariant(name[0]) + name.Substring(1) + "Value";
        _variableUses.TryGetValue(camel, out var uses);
        _variableUses[camel] = uses + 1;
        return uses == 0 ? camel : camel + (uses + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Number(LiteralSpec literal) => CSharpLiteral.Double(literal.Number);

    private static string TextLiteral(LiteralSpec literal) => CSharpLiteral.String(literal.Text);

    private static string NumberPattern(IEnumerable<LiteralSpec> values) => string.Join(" or ", values.Select(Number));

    private static string TextPattern(IEnumerable<LiteralSpec> values) =>
        string.Join(" or ", values.Select(TextLiteral));

    private static string LiteralText(LiteralSpec literal) =>
        literal.IsString ? CSharpLiteral.String(literal.Text) : literal.Text;
}

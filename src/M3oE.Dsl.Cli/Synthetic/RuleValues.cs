using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Cli.Synthetic;

/// <summary>
/// Reads what the domain and task rules of a spec say about its columns (the literals they compare with) and
/// evaluates those rules on a generated row.
/// </summary>
internal static class RuleValues
{
    /// <summary>The literals every rule of <paramref name="conditions"/> compares each column with.</summary>
    public static Dictionary<string, List<LiteralSpec>> Literals(IEnumerable<ConditionSpec> conditions)
    {
        var literals = new Dictionary<string, List<LiteralSpec>>(StringComparer.Ordinal);
        foreach (var condition in conditions)
        {
            Collect(condition, literals);
        }

        return literals;
    }

    /// <summary>True when <paramref name="condition"/> holds for the row's cells, as written to the file.</summary>
    public static bool Holds(ConditionSpec condition, IReadOnlyDictionary<string, string> row) =>
        condition.Kind switch
        {
            ConditionKind.And => Holds(condition.Operands[0], row) && Holds(condition.Operands[1], row),
            ConditionKind.Or => Holds(condition.Operands[0], row) || Holds(condition.Operands[1], row),
            ConditionKind.Not => !Holds(condition.Operands[0], row),
            ConditionKind.In => condition.Values.Any(v => Equal(Cell(condition, row), v)),
            ConditionKind.NotIn => !condition.Values.Any(v => Equal(Cell(condition, row), v)),
            ConditionKind.Label => Number(Cell(condition, row)) is { } n ? n != 0 : Cell(condition, row).Length > 0,
            _ => Compare(Cell(condition, row), condition.Operator ?? "==", condition.Values[0]),
        };

    /// <summary>A number as a data file would hold it.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void Collect(ConditionSpec condition, Dictionary<string, List<LiteralSpec>> literals)
    {
        if (condition.Column is { } column)
        {
            if (!literals.TryGetValue(column, out var list))
            {
                literals[column] = list = [];
            }

            list.AddRange(condition.Values);
        }

        foreach (var operand in condition.Operands)
        {
            Collect(operand, literals);
        }
    }

    private static string Cell(ConditionSpec condition, IReadOnlyDictionary<string, string> row) =>
        condition.Column is { } column && row.TryGetValue(column, out var cell) ? cell : string.Empty;

    private static bool Equal(string cell, LiteralSpec literal) =>
        literal.IsString ? cell == literal.Text : Number(cell) is { } n && n == literal.Number;

    private static bool Compare(string cell, string op, LiteralSpec literal)
    {
        int order;
        if (literal.IsString)
        {
            order = string.CompareOrdinal(cell, literal.Text);
        }
        else if (Number(cell) is { } n)
        {
            order = n.CompareTo(literal.Number);
        }
        else
        {
            return false;
        }

        return op switch
        {
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            ">=" => order >= 0,
            "!=" => order != 0,
            _ => order == 0,
        };
    }

    private static double? Number(string cell) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}

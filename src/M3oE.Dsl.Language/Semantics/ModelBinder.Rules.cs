using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Language.Collections;
using M3oE.Dsl.Language.Diagnostics;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Language.Syntax;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Semantics;

internal sealed partial class ModelBinder
{
    private static readonly string[] MetricWords = { "auc", "logloss", "gauc" };

    private DomainSetSpec BindDomains()
    {
        var syntax = Section<DomainsSyntax>("domains");
        if (syntax is null)
        {
            // a model without domains has one implicit domain that every row belongs to
            var all = new DomainSpec("all", "All", 0, EquatableArray<LiteralSpec>.Empty, null, true);
            _domains.Add(all);
            return new DomainSetSpec(string.Empty, false, new[] { all }.ToEquatableArray());
        }

        var column = ResolveColumn(syntax.ByColumn);
        var seen = new Dictionary<string, NameSyntax>();
        var owners = new Dictionary<string, string>();
        for (var i = 0; i < syntax.Entries.Count; i++)
        {
            var entry = syntax.Entries[i];
            var rule = entry.Rule;
            if (!CheckName(entry.Name, "domain"))
            {
                continue;
            }

            if (seen.TryGetValue(entry.Name.Text, out var first))
            {
                _context.Report(
                    DiagnosticCatalog.DuplicateDomain,
                    entry.Name.Span,
                    entry.Name.Text,
                    _context.Line(first.Span)
                );
                continue;
            }

            seen[entry.Name.Text] = entry.Name;
            if (rule.Otherwise && i != syntax.Entries.Count - 1)
            {
                _context.Report(DiagnosticCatalog.OtherwiseNotLast, rule.RuleSpan);
            }

            var values = new List<LiteralSpec>();
            foreach (var value in rule.Values)
            {
                if (column is not null && !CheckLiteral(syntax.ByColumn, column, "==", value))
                {
                    continue;
                }

                var key =
                    (value.IsString ? "s:" : "n:")
                    + (value.IsString ? value.Text : BindingContext.Format(value.Number));
                if (owners.TryGetValue(key, out var owner))
                {
                    _context.Report(DiagnosticCatalog.DomainValueTwice, value.Span, value.ToSource(), owner);
                    continue;
                }

                owners[key] = entry.Name.Text;
                values.Add(ToLiteral(value));
            }

            var condition = rule.Condition is null ? null : BindCondition(rule.Condition);
            _domains.Add(
                new DomainSpec(
                    entry.Name.Text,
                    CSharpNames.ToPascalCase(entry.Name.Text),
                    _domains.Count,
                    values.ToEquatableArray(),
                    condition,
                    rule.Otherwise
                )
            );
        }

        CheckCollisions(seen.Values);
        if (_domains.Count == 0)
        {
            _context.Report(
                DiagnosticCatalog.EmptySection,
                syntax.Keyword.Span,
                "domains",
                "declare at least one domain, for example 'young: age < 25'"
            );
            _domains.Add(new DomainSpec("all", "All", 0, EquatableArray<LiteralSpec>.Empty, null, true));
        }

        return new DomainSetSpec(syntax.ByColumn.Text, syntax.AsFeature, _domains.ToEquatableArray());
    }

    private EquatableArray<TaskSpec> BindTasks()
    {
        var syntax = Section<TasksSyntax>("tasks");
        if (syntax is null)
        {
            ReportMissing("tasks", "declare what the model predicts, for example 'tasks { click: rating > 3 }'");
            return EquatableArray<TaskSpec>.Empty;
        }

        var seen = new Dictionary<string, NameSyntax>();
        foreach (var entry in syntax.Entries)
        {
            if (!CheckName(entry.Name, "task"))
            {
                continue;
            }

            if (seen.TryGetValue(entry.Name.Text, out var first))
            {
                _context.Report(
                    DiagnosticCatalog.DuplicateTask,
                    entry.Name.Span,
                    entry.Name.Text,
                    _context.Line(first.Span)
                );
                continue;
            }

            seen[entry.Name.Text] = entry.Name;
            var options = new OptionReader(_context, entry.Options, "a task", new[] { "weight", "metrics", "kind" });
            var weight = options.Double("weight", 1, NumberRange.Positive, "tasks." + entry.Name.Text + ".weight");
            var metrics = options.Words("metrics", MetricWords, "metric") ?? new List<string> { "auc", "logloss" };
            var kind = options.Word("kind", new[] { "binary", "regression" }, "task kind");
            if (kind == "regression")
            {
                _context.Report(DiagnosticCatalog.RegressionNotSupported, options.Get("kind")!.Args[0].Span);
            }

            if (metrics.Contains("gauc"))
            {
                RequireGroup(options.Get("metrics")!.Key.Span);
            }

            var label = BindCondition(entry.Label);
            _tasks.Add(
                new TaskSpec(
                    entry.Name.Text,
                    CSharpNames.ToPascalCase(entry.Name.Text),
                    _tasks.Count,
                    TaskKind.Binary,
                    label,
                    weight,
                    metrics.ToEquatableArray()
                )
            );
        }

        CheckCollisions(seen.Values);
        if (_tasks.Count == 0 && syntax.Entries.Count == 0)
        {
            _context.Report(
                DiagnosticCatalog.EmptySection,
                syntax.Keyword.Span,
                "tasks",
                "declare at least one task, for example 'click: rating > 3'"
            );
        }

        return _tasks.ToEquatableArray();
    }

    private bool _groupReported;

    private void RequireGroup(TextSpan span)
    {
        var data = _sections.TryGetValue("data", out var section) ? section.Syntax as DataSectionSyntax : null;
        var hasGroup = data?.Entries.Any(e => e.Kind.Text == "group") ?? false;
        if (!hasGroup && !_groupReported)
        {
            _groupReported = true;
            _context.Report(DiagnosticCatalog.GroupedAucNeedsGroup, span);
        }
    }

    private ConditionSpec BindCondition(ConditionSyntax syntax)
    {
        var empty = EquatableArray<LiteralSpec>.Empty;
        var none = EquatableArray<ConditionSpec>.Empty;
        switch (syntax)
        {
            case ComparisonSyntax comparison:
            {
                var column = ResolveColumn(comparison.Column);
                if (column is not null)
                {
                    CheckLiteral(comparison.Column, column, comparison.Operator, comparison.Value);
                }

                var values = new[] { ToLiteral(comparison.Value) }.ToEquatableArray();
                return new ConditionSpec(
                    ConditionKind.Compare,
                    comparison.Column.Text,
                    comparison.Operator,
                    values,
                    none
                );
            }

            case InListSyntax list:
            {
                var column = ResolveColumn(list.Column);
                if (column is not null)
                {
                    foreach (var value in list.Values)
                    {
                        CheckLiteral(list.Column, column, "in", value);
                    }
                }

                var kind = list.Negated ? ConditionKind.NotIn : ConditionKind.In;
                return new ConditionSpec(
                    kind,
                    list.Column.Text,
                    null,
                    list.Values.Select(ToLiteral).ToEquatableArray(),
                    none
                );
            }

            case LabelColumnSyntax label:
            {
                var column = ResolveColumn(label.Column);
                if (column is not null && (column.Type == ColumnType.String || column.Kind == ColumnKind.Sequence))
                {
                    _context.Report(
                        DiagnosticCatalog.WrongColumnKind,
                        label.Column.Span,
                        label.Column.Text,
                        "not numeric",
                        "a label column holds 0 and 1; compare a text column instead, "
                            + "for example 'label_text == \"yes\"'"
                    );
                }

                return new ConditionSpec(ConditionKind.Label, label.Column.Text, null, empty, none);
            }

            case BinaryConditionSyntax binary:
            {
                var operands = new[] { BindCondition(binary.Left), BindCondition(binary.Right) }.ToEquatableArray();
                var kind = binary.Operator == "and" ? ConditionKind.And : ConditionKind.Or;
                return new ConditionSpec(kind, null, null, empty, operands);
            }

            case NotConditionSyntax not:
                return new ConditionSpec(
                    ConditionKind.Not,
                    null,
                    null,
                    empty,
                    new[] { BindCondition(not.Operand) }.ToEquatableArray()
                );

            default:
                return new ConditionSpec(ConditionKind.Label, null, null, empty, none);
        }
    }

    private ColumnSpec? ResolveColumn(NameSyntax name)
    {
        if (_columns.TryGetValue(name.Text, out var column))
        {
            return column;
        }

        _context.Report(DiagnosticCatalog.UnknownColumn, name.Span, name.Text);
        return null;
    }

    private bool CheckLiteral(NameSyntax name, ColumnSpec column, string op, LiteralSyntax value)
    {
        if (column.Kind == ColumnKind.Sequence)
        {
            _context.Report(
                DiagnosticCatalog.WrongColumnKind,
                name.Span,
                name.Text,
                "a multi-valued feature",
                "rules can only read single-valued columns"
            );
            return false;
        }

        var isText = column.Type == ColumnType.String;
        if (isText && !value.IsString)
        {
            _context.Report(
                DiagnosticCatalog.LiteralTypeMismatch,
                value.Span,
                name.Text,
                "text",
                "a number",
                "quote the value, for example \"" + value.Text + "\""
            );
            return false;
        }

        if (!isText && value.IsString)
        {
            _context.Report(
                DiagnosticCatalog.LiteralTypeMismatch,
                value.Span,
                name.Text,
                "numeric",
                "a string",
                "write a number, or declare the column with 'string'"
            );
            return false;
        }

        if (isText && op is "<" or "<=" or ">" or ">=")
        {
            _context.Report(
                DiagnosticCatalog.LiteralTypeMismatch,
                value.Span,
                name.Text,
                "text",
                "an ordering",
                "text columns support ==, != and in"
            );
            return false;
        }

        if (!value.IsString && double.IsNaN(value.Number))
        {
            _context.Report(DiagnosticCatalog.NumberOutOfRange, value.Span, value.Text);
            return false;
        }

        return true;
    }

    private static LiteralSpec ToLiteral(LiteralSyntax literal) =>
        new(literal.Text, literal.IsString, literal.IsString ? 0 : literal.Number);
}

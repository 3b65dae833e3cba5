using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Emitter.Literals;
using M3oE.Dsl.Emitter.Views;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Emitter.Planning;

internal sealed partial class ModelPlanner
{
    private void PlanInput()
    {
        foreach (var column in _model.Data.Columns)
        {
            var name = CSharpLiteral.String(column.Name);
            var table = column.Table is null ? string.Empty : $", Table: {CSharpLiteral.String(column.Table)}";
            var dim = CSharpLiteral.Int(column.Dim);
            if (column.Kind is ColumnKind.Sparse or ColumnKind.Bucket)
            {
                _view.SparseInputLines.Add($"new({name}, cardinality({name}), {dim}{table}),");
            }
            else if (column.Kind == ColumnKind.Sequence)
            {
                _view.SequenceInputLines.Add(
                    $"new({name}, cardinality({name}), {dim}, Pooling.{column.Pooling}{table}),"
                );
            }
        }
    }

    private void PlanData()
    {
        foreach (var column in _model.Data.Columns.Where(c => c.IsFeature))
        {
            _view.FeatureLines.Add(Feature(column) + ",");
        }

        PlanDomainRule();
        PlanTasks();
        if (_model.Data.GroupColumn is { } group)
        {
            _view.GroupColumn = CSharpLiteral.String(FileColumn(group));
        }

        var train = _model.Train;
        _view.DataOptionLines.Add($"BatchSize = {CSharpLiteral.Int(train.Batch)},");
        _view.DataOptionLines.Add($"Seed = {CSharpLiteral.Int(train.Seed)},");
        _view.DataOptionLines.Add(
            _model.Data.BadRows == BadRowPolicy.Skip ? "BadRows = BadRowPolicy.Skip," : "BadRows = BadRowPolicy.Error,"
        );
        var split = train.Split;
        var ratios =
            $"{CSharpLiteral.Double(split.Train)}, {CSharpLiteral.Double(split.Validation)}, "
            + CSharpLiteral.Double(split.Test);
        switch (split.Kind)
        {
            case SplitKind.Sequential:
                _view.DataOptionLines.Add($"Split = SplitSpec.Sequential({ratios}),");
                break;
            case SplitKind.ByColumn:
                Unsupported("a split by column", "a seeded random split by the same ratios is used");
                _view.DataOptionLines.Add($"Split = SplitSpec.Ratio({ratios}, seed: {CSharpLiteral.Int(train.Seed)}),");
                break;
            default:
                _view.DataOptionLines.Add($"Split = SplitSpec.Ratio({ratios}, seed: {CSharpLiteral.Int(train.Seed)}),");
                break;
        }
    }

    private string Feature(ColumnSpec column)
    {
        var name = CSharpLiteral.String(column.Name);
        var file = CSharpLiteral.String(column.FileColumn);
        var shared = column.Table is null
            ? string.Empty
            : $" {{ SharedVocabulary = {CSharpLiteral.String(column.Table)} }}";
        switch (column.Kind)
        {
            case ColumnKind.Dense:
                var inits = new List<string>();
                if (column.Normalization != Normalization.None)
                {
                    inits.Add($"Normalization = Normalization.{column.Normalization}");
                }

                if (column.Fill is { } fill)
                {
                    inits.Add("Missing = MissingDense.Constant");
                    inits.Add($"FillValue = {CSharpLiteral.Double(fill)}");
                }

                // the initialiser goes on lines of its own; the template indents them with the feature list
                const string indent = "\n";
                var body = inits.Count == 0
                    ? string.Empty
                    : indent + "{" + string.Concat(inits.Select(i => indent + "    " + i + ",")) + indent + "}";
                return $"new DenseFeature({name}, {file}){body}";
            case ColumnKind.Bucket:
                var source = CSharpLiteral.String(column.Source is { } from ? FileColumn(from) : column.FileColumn);
                return column.Boundaries.Count > 0
                    ? $"new BucketizedFeature({name}, {source}, new[] {{ "
                        + string.Join(", ", column.Boundaries.Select(CSharpLiteral.Double))
                        + " })"
                    : $"new BucketizedFeature({name}, {source}, quantiles: {CSharpLiteral.Int(column.Quantiles)})";
            case ColumnKind.Sequence:
                var separator = column.Separator ?? "|";
                if (separator.Length != 1)
                {
                    Unsupported("a separator longer than one character", "its first character is used");
                }

                return $"new SequenceFeature({name}, {file}, {Vocabulary(column.Vocabulary)}, "
                    + $"{CSharpLiteral.Char(separator[0])}, {CSharpLiteral.Int(column.MaxLength)}){shared}";
            default:
                return $"new SparseFeature({name}, {file}, {Vocabulary(column.Vocabulary)}){shared}";
        }
    }

    private static string Vocabulary(VocabularySpec? vocabulary) =>
        vocabulary?.Kind switch
        {
            VocabularyKind.Hash => $"VocabularySpec.Hashed({CSharpLiteral.Int(vocabulary.Size)})",
            VocabularyKind.Fixed => $"VocabularySpec.Identity({CSharpLiteral.Int(vocabulary.Size)})",
            _ => $"VocabularySpec.FromData(minCount: {CSharpLiteral.Int(vocabulary?.MinCount ?? 1)})",
        };

    private void PlanDomainRule()
    {
        var domains = _model.Domains.Domains;
        if (domains.Count == 1 && domains[0].Otherwise)
        {
            _view.DomainLines.Add($"new SingleDomainSpec({CSharpLiteral.String(domains[0].Name)})");
            return;
        }

        var column = CSharpLiteral.String(FileColumn(_model.Domains.Column));
        if (domains.All(d => d.Condition is null && !d.Otherwise))
        {
            _view.DomainLines.Add($"new ColumnDomainSpec(");
            _view.DomainLines.Add($"    {column},");
            _view.DomainLines.Add("    new DomainValues[]");
            _view.DomainLines.Add("    {");
            foreach (var domain in domains)
            {
                var values = string.Join(", ", domain.Values.Select(v => CSharpLiteral.String(v.Text)));
                _view.DomainLines.Add($"        new({CSharpLiteral.String(domain.Name)}, new[] {{ {values} }}),");
            }

            _view.DomainLines.Add("    })");
            return;
        }

        // rules over several columns: each column gets a fixed slot, each domain a predicate method
        var read = new List<string>();
        foreach (var domain in domains)
        {
            var columns =
                domain.Condition is { } condition ? ConditionWriter.ColumnsOf(condition)
                : domain.Otherwise ? Enumerable.Empty<string>()
                : new[] { _model.Domains.Column };
            foreach (var name in columns.Where(c => !read.Contains(c)))
            {
                read.Add(name);
            }
        }

        string SlotName(string name) =>
            (_columns.TryGetValue(name, out var spec) ? spec.CSharpName : "Column") + "Slot";
        for (var i = 0; i < read.Count; i++)
        {
            var doc = $"The slot of the column <c>{XmlDocText.Escape(read[i])}</c> in the rows the domain rules see.";
            _view.Slots.Add(new MemberView(SlotName(read[i]), "int", CSharpLiteral.Int(i), doc));
        }

        var writer = new ConditionWriter(_columns);
        _view.DomainLines.Add("new PredicateDomainSpec(");
        var files = read.Select(c => CSharpLiteral.String(FileColumn(c)));
        _view.DomainLines.Add("    new[] { " + string.Join(", ", files) + " },");
        _view.DomainLines.Add("    new DomainPredicate[]");
        _view.DomainLines.Add("    {");
        foreach (var domain in domains)
        {
            var method = "Is" + domain.CSharpName;
            string expression;
            if (domain.Otherwise)
            {
                expression = "true";
            }
            else if (domain.Condition is { } condition)
            {
                expression = writer.OverRow(condition, SlotName);
            }
            else
            {
                var values = string.Join(" or ", domain.Values.Select(v => CSharpLiteral.String(v.Text)));
                expression = $"row.Text({SlotName(_model.Domains.Column)}) is {values}";
            }

            var doc = $"True when a row belongs to <see cref=\"{_model.CSharpName}Domain.{domain.CSharpName}\"/>.";
            _view.Predicates.Add(new MemberView(method, "bool", expression, doc));
            _view.DomainLines.Add($"        new({CSharpLiteral.String(domain.Name)}, {method}),");
        }

        _view.DomainLines.Add("    })");
    }

    private void PlanTasks()
    {
        var writer = new ConditionWriter(_columns);
        foreach (var task in _model.Tasks)
        {
            var name = CSharpLiteral.String(task.Name);
            var label = task.Label;
            var columns = ConditionWriter.ColumnsOf(label).Distinct().ToList();
            if (label.Kind == ConditionKind.Label && label.Column is { } labelColumn)
            {
                _view.TaskLines.Add($"new TaskSpec({name}, {CSharpLiteral.String(FileColumn(labelColumn))}),");
                continue;
            }

            var expression = columns.Count == 1 ? writer.OverValue(label, "value") : null;
            var text = CSharpLiteral.String(ConditionWriter.Text(label));
            if (expression is null)
            {
                var what = $"the label rule of task '{task.Name}' reads text or more than one column";
                _diagnostics.Add(Emitting.EmitterDiagnostics.UnsupportedRule(_model.Name, what));
                var message = CSharpLiteral.String(
                    $"The label rule of task '{task.Name}' ({ConditionWriter.Text(label)}) reads text or more than "
                        + "one column, which the data layer cannot evaluate."
                );
                _view.HasUnsupportedRule = true;
                _view.TaskLines.Add($"Unsupported({message}),");
                continue;
            }

            var column = CSharpLiteral.String(FileColumn(columns[0]));
            _view.TaskLines.Add($"new TaskSpec({name}, {column}, static value => {expression}, {text}),");
        }
    }

    /// <summary>The name in the data files of the spec column <paramref name="name"/>.</summary>
    private string FileColumn(string name) => _columns.TryGetValue(name, out var column) ? column.FileColumn : name;
}

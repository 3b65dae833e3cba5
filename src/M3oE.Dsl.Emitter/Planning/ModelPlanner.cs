using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Emitter.Emitting;
using M3oE.Dsl.Emitter.Literals;
using M3oE.Dsl.Emitter.Views;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Emitter.Planning;

/// <summary>
/// Turns a checked model into the view the templates print. Every identifier comes from a
/// <c>CSharpName</c>; every other text is a C# literal or escaped documentation text.
/// </summary>
internal sealed partial class ModelPlanner
{
    private readonly ModelSpec _model;
    private readonly ModelView _view = new();
    private readonly List<EmitterDiagnostic> _diagnostics = new();
    private readonly Dictionary<string, ColumnSpec> _columns;

    private ModelPlanner(ModelSpec model)
    {
        _model = model;
        _columns = new Dictionary<string, ColumnSpec>(StringComparer.Ordinal);
        foreach (var column in model.Data.Columns)
        {
            _columns[column.Name] = column;
        }
    }

    public static (ModelView View, IReadOnlyList<EmitterDiagnostic> Diagnostics) Plan(
        ModelSpec model,
        string ns,
        string version
    )
    {
        var planner = new ModelPlanner(model);
        planner._view.Namespace = ns;
        planner._view.Version = version;
        planner._view.Model = model.CSharpName;
        planner._view.SpecDoc =
            $"<c>{XmlDocText.Escape(model.Name)}</c> of <c>{XmlDocText.Escape(model.SourcePath)}</c>";

        planner.PlanDomainsAndTasks();
        planner.PlanRow();
        planner.PlanRuntime();
        planner.PlanInput();
        planner.PlanData();
        planner.PlanSearch();
        planner.PlanTrainer();
        return (planner._view, planner._diagnostics);
    }

    private void Note(string note)
    {
        _diagnostics.Add(EmitterDiagnostics.Mapping(_model.Name, note));
        AddRemark(char.ToUpperInvariant(note[0]) + note.Substring(1) + ".");
    }

    /// <summary>A remark paragraph, wrapped so that the generated comment lines stay under 120 columns.</summary>
    private void AddRemark(string text) =>
        _view.Remarks.Add(string.Join("\n/// ", XmlDocText.Wrap(XmlDocText.Escape(text), 100)));

    private void Unsupported(string what, string fallback)
    {
        _diagnostics.Add(EmitterDiagnostics.Unsupported(_model.Name, what, fallback));
        AddRemark(char.ToUpperInvariant(what[0]) + what.Substring(1) + " is not supported yet; " + fallback + ".");
    }

    private void PlanDomainsAndTasks()
    {
        foreach (var domain in _model.Domains.Domains)
        {
            var rule =
                domain.Otherwise ? "every row no earlier domain takes"
                : domain.Condition is { } condition ? "rows where " + ConditionWriter.Text(condition)
                : $"rows whose {_model.Domains.Column} is "
                    + string.Join(" or ", domain.Values.Select(v => CSharpLiteral.String(v.Text)));
            var doc = $"The domain <c>{XmlDocText.Escape(domain.Name)}</c>: {XmlDocText.Escape(rule)}.";
            _view.Domains.Add(new MemberView(domain.CSharpName, "int", CSharpLiteral.Int(domain.Index), doc));
        }

        foreach (var task in _model.Tasks)
        {
            var doc =
                $"The task <c>{XmlDocText.Escape(task.Name)}</c>: label 1 where "
                + $"{XmlDocText.Escape(ConditionWriter.Text(task.Label))}.";
            _view.Tasks.Add(new MemberView(task.CSharpName, "int", CSharpLiteral.Int(task.Index), doc));
        }
    }

    private void PlanRow()
    {
        foreach (var column in _model.Data.Columns.Where(c => c.Kind != ColumnKind.Bucket))
        {
            var type = column.Kind switch
            {
                ColumnKind.Dense => "double",
                ColumnKind.Sequence => "string",
                _ => column.Type switch
                {
                    ColumnType.Int => "long",
                    ColumnType.Float => "double",
                    _ => "string",
                },
            };
            var local = char.ToLowerInvariant(column.CSharpName[0]) + column.CSharpName.Substring(1) + "Values";
            var role = column.Kind switch
            {
                ColumnKind.Sparse => "a sparse feature",
                ColumnKind.Dense => "a dense feature",
                ColumnKind.Sequence => "a multi-valued feature, values joined by its separator",
                _ => "a column read by the domain and label rules",
            };
            var doc = $"The column <c>{XmlDocText.Escape(column.Name)}</c>: {role}.";
            _view.RowProperties.Add(
                new RowPropertyView(column.CSharpName, type, local, CSharpLiteral.String(column.FileColumn), doc)
            );
        }
    }

    private static string Network(NetworkSpec network, Func<Activation, string> activation) =>
        $"new MlpOptions({Widths(network.Widths)}, {Norm(network.Norm)}, {activation(network.Activation)}, "
        + $"{CSharpLiteral.Double(network.Dropout)})";

    private static string Widths(IEnumerable<int> widths)
    {
        var list = widths.ToList();
        return list.Count == 0
            ? "Array.Empty<int>()"
            : "new[] { " + string.Join(", ", list.Select(w => CSharpLiteral.Int(w))) + " }";
    }

    private static string Norm(LayerNorm norm) =>
        norm switch
        {
            LayerNorm.LayerNorm => "Normalization.LayerNorm",
            LayerNorm.BatchNorm => "Normalization.BatchNorm",
            _ => "Normalization.None",
        };

    private string Act(Activation activation)
    {
        switch (activation)
        {
            case Activation.None:
                return "Activation.None";
            case Activation.Gelu:
                return "Activation.Gelu";
            case Activation.Tanh:
                return "Activation.Tanh";
            case Activation.Sigmoid:
                return "Activation.Sigmoid";
            case Activation.LeakyRelu:
                Unsupported("the leaky_relu activation", "relu is used instead");
                return "Activation.Relu";
            default:
                return "Activation.Relu";
        }
    }
}

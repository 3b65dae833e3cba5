using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Language.Collections;
using M3oE.Dsl.Language.Diagnostics;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Language.Syntax;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Semantics;

/// <summary>
/// Checks one model whose sections are already merged with its base, and builds its <see cref="ModelSpec"/>.
/// Every problem is reported; a spec is still built (with defaults in place of the broken parts) so that one
/// error does not hide the next.
/// </summary>
internal sealed partial class ModelBinder
{
    private readonly BindingContext _context;
    private readonly ModelSyntax _model;
    private readonly SourceText _modelSource;
    private readonly Dictionary<string, SourcedDeclaration> _sections;
    private readonly Dictionary<string, ColumnSpec> _columns = new(StringComparer.Ordinal);
    private readonly List<DomainSpec> _domains = new();
    private readonly List<TaskSpec> _tasks = new();

    public ModelBinder(
        DiagnosticBag diagnostics,
        ModelSyntax model,
        SourceText modelSource,
        Dictionary<string, SourcedDeclaration> sections,
        bool afterSyntaxErrors
    )
    {
        _context = new BindingContext(diagnostics, modelSource) { AfterSyntaxErrors = afterSyntaxErrors };
        _model = model;
        _modelSource = modelSource;
        _sections = sections;
    }

    public ModelSpec Bind()
    {
        CheckName(_model.Name, "model");

        var data = BindData();
        var domains = BindDomains();
        var tasks = BindTasks();
        var representation = BindRepresentation();
        var experts = BindExperts();
        var gates = BindGates(experts);
        var fusion = BindFusion(experts, gates);
        var towers = BindTowers();
        var auxiliary = BindAuxiliary();
        var loss = BindLoss();
        var train = BindTrain(data);
        var search = BindSearch(fusion);

        return new ModelSpec(
            _model.Name.Text,
            CSharpNames.ToPascalCase(_model.Name.Text),
            _modelSource.Path,
            _model.Base?.Text,
            data,
            domains,
            tasks,
            representation,
            experts,
            gates,
            fusion,
            towers,
            auxiliary,
            loss,
            train,
            search,
            _context.Spaces.ToEquatableArray()
        );
    }

    /// <summary>The section with this keyword, making its file the one diagnostics refer to.</summary>
    private T? Section<T>(string keyword)
        where T : DeclarationSyntax
    {
        if (!_sections.TryGetValue(keyword, out var declaration) || declaration.Syntax is not T syntax)
        {
            return null;
        }

        _context.Source = declaration.Source;
        _context.Inherited =
            declaration.Owner == _model.Name.Text ? null : (_model.Name.Span, _modelSource, declaration.Owner);
        return syntax;
    }

    private void ReportMissing(string keyword, string advice)
    {
        if (_model.BrokenDeclarations.Contains(keyword))
        {
            return;
        }

        _context.Source = _modelSource;
        _context.Inherited = null;
        _context.Report(DiagnosticCatalog.MissingSection, _model.Name.Span, keyword, advice);
    }

    private bool CheckName(NameSyntax name, string what)
    {
        var problem = CSharpNames.Problem(name.Text);
        if (problem is null && Parsing.Grammar.ConditionWords.Contains(name.Text) && what != "model")
        {
            problem = "'" + name.Text + "' is a word of the condition language";
        }

        if (problem is null)
        {
            return true;
        }

        _context.Report(DiagnosticCatalog.InvalidName, name.Span, name.Text, problem);
        return false;
    }

    /// <summary>Reports names of one kind that map to the same C# name.</summary>
    private void CheckCollisions(IEnumerable<NameSyntax> names)
    {
        var seen = new Dictionary<string, NameSyntax>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var mapped = CSharpNames.ToPascalCase(name.Text);
            if (mapped.Length == 0)
            {
                continue;
            }

            if (seen.TryGetValue(mapped, out var other))
            {
                if (other.Text != name.Text)
                {
                    _context.Report(DiagnosticCatalog.NameCollision, name.Span, other.Text, name.Text, mapped);
                }

                continue;
            }

            seen[mapped] = name;
        }
    }

    private static CellPlacement? ReadPlacement(PlacementSyntax placement)
    {
        var axes = placement.Axes.Select(a => a.Text).ToList();
        return axes switch
        {
            ["domain", "task"] => CellPlacement.DomainTask,
            ["task", "domain"] => CellPlacement.DomainTask,
            ["task"] => CellPlacement.Task,
            ["domain"] => CellPlacement.Domain,
            ["shared"] => CellPlacement.Shared,
            _ => null,
        };
    }

    private CellPlacement BindPlacement(PlacementSyntax placement, string construct, CellPlacement fallback)
    {
        var result = ReadPlacement(placement);
        if (result is null)
        {
            var text =
                "per "
                + (
                    placement.Axes.Count == 1
                        ? placement.Axes[0].Text
                        : "(" + string.Join(", ", placement.Axes.Select(a => a.Text)) + ")"
                );
            _context.Report(DiagnosticCatalog.BadPlacement, placement.Span, text);
            return fallback;
        }

        if (result is CellPlacement.DomainTask or CellPlacement.Domain && _domains.Count == 1)
        {
            _context.Report(DiagnosticCatalog.PerDomainWithOneDomain, placement.Span, construct);
        }

        return result.Value;
    }
}

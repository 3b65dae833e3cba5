using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using M3oE.Dsl.Language.Collections;
using M3oE.Dsl.Language.Diagnostics;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Language.Syntax;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Semantics;

/// <summary>
/// What the checker of one model carries: the diagnostics, the file of the declaration being checked (a
/// section may be inherited from another file), and the search spaces found so far.
/// </summary>
internal sealed class BindingContext
{
    private readonly DiagnosticBag _diagnostics;
    private readonly List<SearchSpaceSpec> _spaces = new();

    public BindingContext(DiagnosticBag diagnostics, SourceText source)
    {
        _diagnostics = diagnostics;
        Source = source;
    }

    /// <summary>The file whose text the spans currently reported refer to.</summary>
    public SourceText Source { get; set; }

    public IReadOnlyList<SearchSpaceSpec> Spaces => _spaces;

    /// <summary>
    /// Set while checking a section inherited from a base model: problems are then reported on the name of
    /// the model being checked, since the section is sound in its base and the combination is at fault.
    /// </summary>
    public (TextSpan Span, SourceText Source, string Owner)? Inherited { get; set; }

    /// <summary>
    /// Diagnostics that, after a syntax error, mostly repeat it: a section or entry the parser had to drop
    /// then looks missing, empty or unknown. They are held back while the files have syntax errors.
    /// </summary>
    private static readonly HashSet<string> CascadeProne = new()
    {
        DiagnosticCatalog.MissingSection.Id,
        DiagnosticCatalog.EmptySection.Id,
        DiagnosticCatalog.UnknownColumn.Id,
        DiagnosticCatalog.PerDomainWithOneDomain.Id,
        DiagnosticCatalog.PoolWithoutFusion.Id,
        DiagnosticCatalog.FusionWithoutPool.Id,
        DiagnosticCatalog.GatesWithoutSharedPool.Id,
        DiagnosticCatalog.SharedPoolNeedsGates.Id,
        DiagnosticCatalog.FusionWithoutExperts.Id,
        DiagnosticCatalog.ExpertsWithoutNetwork.Id,
        DiagnosticCatalog.ExpertsWithoutPools.Id,
        DiagnosticCatalog.MissingFusionEntry.Id,
        DiagnosticCatalog.GroupedAucNeedsGroup.Id,
        DiagnosticCatalog.SearchWithoutArchitecture.Id,
    };

    /// <summary>Set when the files have syntax errors: cascade-prone diagnostics are then not reported.</summary>
    public bool AfterSyntaxErrors { get; set; }

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] args)
    {
        if (AfterSyntaxErrors && CascadeProne.Contains(descriptor.Id))
        {
            return;
        }

        if (Inherited is not { } inherited)
        {
            _diagnostics.Report(descriptor, Source, span, args);
            return;
        }

        var line = Source.GetPosition(span.Start).Line;
        var suffixed = new DiagnosticDescriptor(
            descriptor.Id,
            descriptor.Severity,
            descriptor.Title,
            descriptor.MessageFormat
                + " (In the section inherited from '"
                + inherited.Owner.Replace("{", "{{").Replace("}", "}}")
                + "', "
                + System.IO.Path.GetFileName(Source.Path).Replace("{", "{{").Replace("}", "}}")
                + " line "
                + line
                + ".)"
        );
        _diagnostics.Report(suffixed, inherited.Source, inherited.Span, args);
    }

    public int Line(TextSpan span) => Source.GetPosition(span.Start).Line;

    public bool CheckInt(string what, NumberSyntax number, int min, int max, out int value)
    {
        value = 0;
        if (double.IsNaN(number.Value))
        {
            Report(DiagnosticCatalog.NumberOutOfRange, number.Span, number.Text);
            return false;
        }

        if (!number.IsInteger)
        {
            Report(DiagnosticCatalog.NotAnInteger, number.Span, what, number.Text);
            return false;
        }

        if (number.Value < min || number.Value > max)
        {
            var range =
                max == int.MaxValue
                    ? (number.Value < min ? "at least " + min : "at most " + max)
                    : "between " + min + " and " + max;
            Report(DiagnosticCatalog.OutOfRange, number.Span, what, range, number.Text);
            return false;
        }

        value = (int)number.Value;
        return true;
    }

    public bool CheckRange(string what, NumberSyntax number, NumberRange range)
    {
        if (double.IsNaN(number.Value))
        {
            Report(DiagnosticCatalog.NumberOutOfRange, number.Span, number.Text);
            return false;
        }

        if (!range.Contains(number.Value))
        {
            Report(DiagnosticCatalog.OutOfRange, number.Span, what, range.Describe(), number.Text);
            return false;
        }

        return true;
    }

    /// <summary>Records a search space under <paramref name="path"/> when the value has alternatives.</summary>
    public void RecordSpace(string? path, ValueSyntax value)
    {
        if (path is null || !value.IsSpace)
        {
            return;
        }

        var choices = new List<double>();
        var texts = new List<string>();
        foreach (var choice in value.Choices)
        {
            if (choices.Contains(choice.Value))
            {
                Report(DiagnosticCatalog.DuplicateChoice, choice.Span, choice.Text);
                continue;
            }

            choices.Add(choice.Value);
            texts.Add(choice.Text);
        }

        _spaces.Add(
            new SearchSpaceSpec(path, choices.ToEquatableArray())
            {
                File = Source.Path,
                Span = value.Span,
                Texts = texts.ToEquatableArray(),
            }
        );
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static bool IsOneOf(string text, params string[] words) => words.Contains(text);
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Diagnostics;

/// <summary>Collects the diagnostics of one or more files, dropping exact repeats.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly HashSet<Diagnostic> _seen = new();

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    public void Report(DiagnosticDescriptor descriptor, SourceText source, TextSpan span, params object[] args)
    {
        var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args);
        var diagnostic = new Diagnostic(
            descriptor.Id,
            descriptor.Severity,
            message,
            source.Path,
            span,
            source.GetPosition(span.Start),
            source.GetPosition(span.End)
        );
        Add(diagnostic);
    }

    public void Add(Diagnostic diagnostic)
    {
        if (_seen.Add(diagnostic))
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>The diagnostics ordered by file, then position, then code.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items
            .OrderBy(d => d.Path, System.StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ToList();
}

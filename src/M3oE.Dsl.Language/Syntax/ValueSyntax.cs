using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>
/// A numeric value, or a search space of alternatives written <c>1 | 2 | 4</c>. Only some positions accept
/// a space; the checker says which.
/// </summary>
public sealed record ValueSyntax(IReadOnlyList<NumberSyntax> Choices)
{
    public bool IsSpace => Choices.Count > 1;

    public NumberSyntax First => Choices[0];

    public TextSpan Span => TextSpan.FromBounds(Choices[0].Span.Start, Choices[Choices.Count - 1].Span.End);

    public override string ToString() => string.Join(" | ", Choices.Select(c => c.Text));
}

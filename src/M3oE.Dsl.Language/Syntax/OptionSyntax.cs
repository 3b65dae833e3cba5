using System.Collections.Generic;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>
/// A keyword followed by its arguments, the unit most declarations are made of: <c>dim 16</c>,
/// <c>vocab data</c>, <c>early_stop mean_auc</c>, <c>detached</c>.
/// </summary>
public sealed record OptionSyntax(NameSyntax Key, IReadOnlyList<ArgSyntax> Args)
{
    public TextSpan Span =>
        Args.Count == 0 ? Key.Span : TextSpan.FromBounds(Key.Span.Start, Args[Args.Count - 1].Span.End);
}

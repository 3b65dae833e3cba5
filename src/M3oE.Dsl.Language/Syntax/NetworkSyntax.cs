using System.Collections.Generic;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>Layer widths joined by arrows, then layer options: <c>256 -> 64 layernorm relu dropout 0.1</c>.</summary>
public sealed record NetworkSyntax(
    IReadOnlyList<ValueSyntax> Widths,
    IReadOnlyList<OptionSyntax> Options,
    TextSpan Span
);

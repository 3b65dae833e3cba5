using System.Collections.Generic;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>A bracketed list of literals (<c>boundaries [18, 25, 35]</c>).</summary>
public sealed record ListArgSyntax(IReadOnlyList<LiteralSyntax> Items, TextSpan ListSpan) : ArgSyntax(ListSpan);

using System.Collections.Generic;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>Which cells a construct is repeated over: <c>per (domain, task)</c>, <c>per task</c>.</summary>
public sealed record PlacementSyntax(IReadOnlyList<NameSyntax> Axes, TextSpan Span);

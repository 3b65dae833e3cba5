using System.Collections.Generic;
using M3oE.Dsl.Language.Diagnostics;
using M3oE.Dsl.Language.Syntax;

namespace M3oE.Dsl.Language.Parsing;

/// <summary>The syntax tree of a file and the syntax errors found in it.</summary>
public sealed record ParseResult(SpecFileSyntax Syntax, IReadOnlyList<Diagnostic> Diagnostics);

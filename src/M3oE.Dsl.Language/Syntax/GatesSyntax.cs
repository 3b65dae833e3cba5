using System.Collections.Generic;

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>gates per (domain, task) on representation detached</c>.</summary>
public sealed record GatesSyntax(NameSyntax Keyword, PlacementSyntax Placement, IReadOnlyList<OptionSyntax> Options)
    : DeclarationSyntax(Keyword);

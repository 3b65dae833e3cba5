using System.Collections.Generic;

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>experts { ... }</c>: the expert pools and the network every expert shares.</summary>
public sealed record ExpertsSyntax(NameSyntax Keyword, IReadOnlyList<ExpertsEntrySyntax> Entries)
    : BlockDeclarationSyntax(Keyword);

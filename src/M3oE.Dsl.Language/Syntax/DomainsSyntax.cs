using System.Collections.Generic;

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>domains by age [as feature] { ... }</c>.</summary>
public sealed record DomainsSyntax(
    NameSyntax Keyword,
    NameSyntax ByColumn,
    bool AsFeature,
    IReadOnlyList<DomainEntrySyntax> Entries
) : BlockDeclarationSyntax(Keyword);

using System.Collections.Generic;

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>fusion { ... }</c>: how the two fusion levels weigh the expert modules.</summary>
public sealed record FusionSyntax(NameSyntax Keyword, IReadOnlyList<FusionEntrySyntax> Entries)
    : BlockDeclarationSyntax(Keyword);

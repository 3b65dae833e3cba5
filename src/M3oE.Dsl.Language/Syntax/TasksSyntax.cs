using System.Collections.Generic;

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>tasks { ... }</c>.</summary>
public sealed record TasksSyntax(NameSyntax Keyword, IReadOnlyList<TaskEntrySyntax> Entries)
    : BlockDeclarationSyntax(Keyword);

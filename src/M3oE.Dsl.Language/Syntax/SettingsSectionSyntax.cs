using System.Collections.Generic;

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>train { ... }</c> or <c>search { ... }</c>; <c>search off</c> has <see cref="Off"/> set.</summary>
public sealed record SettingsSectionSyntax(NameSyntax Keyword, IReadOnlyList<SettingLineSyntax> Lines, bool Off)
    : BlockDeclarationSyntax(Keyword);

using System.Collections.Generic;

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>train { ... }</c> or <c>search { ... }</c>: lines of settings.</summary>
public sealed record SettingsSectionSyntax(NameSyntax Keyword, IReadOnlyList<SettingLineSyntax> Lines)
    : BlockDeclarationSyntax(Keyword);

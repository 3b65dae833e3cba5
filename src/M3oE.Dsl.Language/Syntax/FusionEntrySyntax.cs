using System.Collections.Generic;

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>level 1 domain learned init 1</c>, <c>level 2 concat</c>.</summary>
public sealed record FusionEntrySyntax(NumberSyntax Level, NameSyntax? Module, IReadOnlyList<OptionSyntax> Options)
    : SyntaxNode;

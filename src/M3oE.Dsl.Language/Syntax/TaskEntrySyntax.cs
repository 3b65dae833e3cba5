using System.Collections.Generic;

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>click: rating &gt; 3 weight 1 metrics auc, logloss</c>.</summary>
public sealed record TaskEntrySyntax(NameSyntax Name, ConditionSyntax Label, IReadOnlyList<OptionSyntax> Options)
    : SyntaxNode;

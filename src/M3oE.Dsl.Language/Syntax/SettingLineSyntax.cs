using System.Collections.Generic;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>One line of a settings block; a line may hold several settings (<c>optimizer adam lr 1e-2</c>).</summary>
public sealed record SettingLineSyntax(IReadOnlyList<OptionSyntax> Settings) : SyntaxNode;

using System.Collections.Generic;
using M3oE.Dsl.Language.Diagnostics;

namespace M3oE.Dsl.Language.Formatting;

/// <summary>The formatted text, or the syntax errors that prevented formatting (the text is then null).</summary>
public sealed record FormatResult(string? Text, IReadOnlyList<Diagnostic> Errors)
{
    public bool Succeeded => Text is not null;
}

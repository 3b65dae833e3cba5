using System.Collections.Generic;

namespace M3oE.Dsl.Cli.Scaffolding;

/// <summary>One column of a sampled file: its header, its spec name, what it becomes and why.</summary>
internal sealed record ColumnGuess(
    string Header,
    string Name,
    ColumnKind Kind,
    string Reason,
    IReadOnlyList<string> Values
);

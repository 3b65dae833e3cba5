namespace M3oE.Dsl.Data.Quality;

/// <summary>One bad row and where it is.</summary>
/// <param name="File">The file (or source description) it came from.</param>
/// <param name="Line">The 1-based line number; 0 for a problem of the whole file.</param>
/// <param name="Column">The column at fault, when one is.</param>
/// <param name="Reason">Why it is bad.</param>
/// <param name="Detail">What was found.</param>
public sealed record BadRow(string File, long Line, string? Column, BadRowReason Reason, string Detail)
{
    /// <summary>The problem in the form <c>file(line): error REASON: column 'c': detail</c>.</summary>
    public override string ToString() =>
        Column is null
            ? $"{File}({Line}): error {Reason}: {Detail}"
            : $"{File}({Line}): error {Reason}: column '{Column}': {Detail}";
}

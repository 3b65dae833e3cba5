using Microsoft.CodeAnalysis;

namespace M3oE.Dsl.Generator.Declarations;

/// <summary>
/// Where a piece of C# stands, as plain data: the file, the character span and the zero-based line span.
/// Pipeline values keep this instead of a <see cref="Location"/>, which would hold the syntax tree alive.
/// </summary>
internal sealed record SourceSpan(
    string Path,
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn
)
{
    public static SourceSpan None { get; } = new(string.Empty, 0, 0, 0, 0, 0, 0);

    public static SourceSpan From(Location? location)
    {
        if (location is null)
        {
            return None;
        }

        var lines = location.GetLineSpan();
        return new SourceSpan(
            lines.Path ?? string.Empty,
            location.SourceSpan.Start,
            location.SourceSpan.Length,
            lines.StartLinePosition.Line,
            lines.StartLinePosition.Character,
            lines.EndLinePosition.Line,
            lines.EndLinePosition.Character
        );
    }
}

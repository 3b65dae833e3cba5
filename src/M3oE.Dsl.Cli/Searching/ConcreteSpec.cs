using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Cli.Searching;

/// <summary>Writes a spec with every search space replaced by one of its alternatives.</summary>
internal static class ConcreteSpec
{
    /// <summary>
    /// The spaces written in another file than <paramref name="specPath"/> (a base model's file): a concrete
    /// copy of <paramref name="specPath"/> cannot fix them.
    /// </summary>
    public static IEnumerable<SearchSpaceSpec> Elsewhere(IReadOnlyList<SearchSpaceSpec> spaces, string specPath) =>
        spaces.Where(s => !SameFile(s.File, specPath));

    /// <summary><paramref name="text"/> with each space's text replaced by the chosen alternative as written.</summary>
    public static string Apply(string text, IReadOnlyList<SearchSpaceSpec> spaces, Candidate candidate)
    {
        var replacements = spaces
            .Select((space, i) => (space.Span, Text: space.Texts[candidate.Choices[i]]))
            .OrderByDescending(r => r.Span.Start)
            .ToList();
        var result = new StringBuilder(text);
        foreach (var (span, replacement) in replacements)
        {
            if (span.End > text.Length)
            {
                throw new InvalidOperationException($"a search space span {span} lies outside the spec text.");
            }

            result.Remove(span.Start, span.Length).Insert(span.Start, replacement);
        }

        return result.ToString();
    }

    private static bool SameFile(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}

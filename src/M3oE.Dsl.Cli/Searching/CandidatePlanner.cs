using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Cli.Searching;

/// <summary>Which points of the search spaces a search tries: all of them (grid) or distinct random draws.</summary>
internal static class CandidatePlanner
{
    /// <summary>The most points a grid may have; beyond it, <c>random</c> or <c>halving</c> is the way.</summary>
    public const long MostGridPoints = 4096;

    /// <summary>The number of points of the spaces' cartesian product.</summary>
    public static long Size(IReadOnlyList<SearchSpaceSpec> spaces) =>
        spaces.Aggregate(1L, (product, space) =>
            product > MostGridPoints * 1024 ? product : product * space.Choices.Count
        );

    /// <summary>Every point, the first space varying slowest; the spec's own first choices come first.</summary>
    public static List<Candidate> Grid(IReadOnlyList<SearchSpaceSpec> spaces)
    {
        var points = new List<Candidate> { new(Array.Empty<int>()) };
        foreach (var space in spaces)
        {
            points = points
                .SelectMany(p => Enumerable.Range(0, space.Choices.Count).Select(c => new Candidate([.. p.Choices, c])))
                .ToList();
        }

        return points;
    }

    /// <summary>
    /// <paramref name="count"/> distinct points drawn with <paramref name="seed"/> (all points when there are no
    /// more), the spec's own first choices always among them.
    /// </summary>
    public static List<Candidate> Random(IReadOnlyList<SearchSpaceSpec> spaces, int count, int seed)
    {
        var size = Size(spaces);
        if (size <= count)
        {
            return Grid(spaces);
        }

        var random = new Random(seed);
        var first = new Candidate(spaces.Select(_ => 0).ToArray());
        var points = new List<Candidate> { first };
        var seen = new HashSet<Candidate> { first };
        while (points.Count < count)
        {
            var point = new Candidate(spaces.Select(s => random.Next(s.Choices.Count)).ToArray());
            if (seen.Add(point))
            {
                points.Add(point);
            }
        }

        return points;
    }
}

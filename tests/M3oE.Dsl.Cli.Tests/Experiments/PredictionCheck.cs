using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace M3oE.Dsl.Cli.Tests.Experiments;

/// <summary>
/// Reads a predictions file on its own and computes each (domain, task) AUC by counting ordered pairs, an
/// arithmetic independent of the one the runner uses.
/// </summary>
internal static class PredictionCheck
{
    public static (int Rows, Dictionary<(string Domain, string Task), double> Auc) Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var tasks = header.Skip(1).Where(c => c.EndsWith("_label", StringComparison.Ordinal)).ToList();
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var result = new Dictionary<(string, string), double>();
        foreach (var domain in rows.Select(r => r[0]).Distinct())
        {
            var mine = rows.Where(r => r[0] == domain).ToList();
            for (var t = 0; t < tasks.Count; t++)
            {
                var scored = mine.Select(r => (Label: r[1 + t] == "1", Score: Number(r[1 + tasks.Count + t]))).ToList();
                var positives = scored.Where(s => s.Label).Select(s => s.Score).OrderBy(s => s).ToArray();
                var negatives = scored.Where(s => !s.Label).Select(s => s.Score).OrderBy(s => s).ToArray();
                result[(domain, tasks[t][..^"_label".Length])] = PairAuc(positives, negatives);
            }
        }

        return (rows.Count, result);
    }

    /// <summary>The share of (positive, negative) pairs ordered correctly, ties counting half.</summary>
    private static double PairAuc(double[] positives, double[] negatives)
    {
        double wins = 0;
        int below = 0,
            upTo = 0;
        foreach (var score in positives)
        {
            while (below < negatives.Length && negatives[below] < score)
            {
                below++;
            }

            upTo = Math.Max(upTo, below);
            while (upTo < negatives.Length && negatives[upTo] <= score)
            {
                upTo++;
            }

            wins += below + 0.5 * (upTo - below);
        }

        return wins / ((double)positives.Length * negatives.Length);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}

using System;
using System.Collections.Generic;

namespace M3oE.Dsl.Runtime.Metrics;

/// <summary>Exact binary classification metrics over in-memory scores.</summary>
public static class BinaryMetrics
{
    /// <summary>Probabilities are clipped to [eps, 1 - eps] in the log loss.</summary>
    public const double LogLossEpsilon = 1e-7;

    /// <summary>
    /// The area under the ROC curve by ranks (Mann-Whitney), tied scores sharing their average rank. Null when
    /// the labels hold only one class (the AUC is undefined then).
    /// </summary>
    /// <param name="scores">The scores.</param>
    /// <param name="labels">The labels; a value above 0.5 counts as positive.</param>
    public static double? Auc(IReadOnlyList<double> scores, IReadOnlyList<double> labels)
    {
        var count = scores.Count;
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => scores[a].CompareTo(scores[b]));

        double positives = 0,
            positiveRankSum = 0;
        var start = 0;
        while (start < count)
        {
            // [start, end) holds one run of tied scores, ranks start + 1 .. end
            var end = start + 1;
            while (end < count && scores[order[end]] == scores[order[start]])
            {
                end++;
            }

            var averageRank = (start + 1 + end) / 2.0;
            for (var k = start; k < end; k++)
            {
                if (labels[order[k]] > 0.5)
                {
                    positives++;
                    positiveRankSum += averageRank;
                }
            }

            start = end;
        }

        var negatives = count - positives;
        if (positives == 0 || negatives == 0)
        {
            return null;
        }

        return (positiveRankSum - positives * (positives + 1) / 2.0) / (positives * negatives);
    }

    /// <summary>The mean binary log loss; null for no rows.</summary>
    public static double? LogLoss(IReadOnlyList<double> probabilities, IReadOnlyList<double> labels)
    {
        if (probabilities.Count == 0)
        {
            return null;
        }

        double sum = 0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var p = Math.Clamp(probabilities[i], LogLossEpsilon, 1 - LogLossEpsilon);
            sum -= labels[i] > 0.5 ? Math.Log(p) : Math.Log(1 - p);
        }

        return sum / probabilities.Count;
    }

    /// <summary>
    /// Grouped AUC: the AUC of every group holding both classes, averaged with the group's row count as weight.
    /// Groups with one class are left out; null when no group has both classes.
    /// </summary>
    public static double? GroupAuc(
        IReadOnlyList<double> scores,
        IReadOnlyList<double> labels,
        IReadOnlyList<long> groups
    )
    {
        var members = new Dictionary<long, List<int>>();
        for (var i = 0; i < groups.Count; i++)
        {
            if (!members.TryGetValue(groups[i], out var list))
            {
                list = new List<int>();
                members[groups[i]] = list;
            }

            list.Add(i);
        }

        double weighted = 0,
            weight = 0;
        var groupScores = new List<double>();
        var groupLabels = new List<double>();
        foreach (var list in members.Values)
        {
            groupScores.Clear();
            groupLabels.Clear();
            foreach (var i in list)
            {
                groupScores.Add(scores[i]);
                groupLabels.Add(labels[i]);
            }

            if (Auc(groupScores, groupLabels) is { } auc)
            {
                weighted += auc * list.Count;
                weight += list.Count;
            }
        }

        return weight == 0 ? null : weighted / weight;
    }
}

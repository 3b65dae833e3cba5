using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Data.Synthetic;
using Xunit;

namespace M3oE.Dsl.Data.Tests.Synthetic;

public sealed class SyntheticGeneratorTests
{
    private static List<(int User, int Item, int Domain, double Activity, int Click, int Like)> Take(
        SyntheticGenerator generator,
        int count
    ) =>
        generator
            .Rows(count)
            .Select(r => (r.User, r.Item, r.Domain, r.UserActivity, r.Labels[0], r.Labels[1]))
            .ToList();

    [Fact]
    public void TheSameSettingsAndSeedGiveTheSameRows()
    {
        var first = Take(new SyntheticGenerator(new SyntheticSettings { Seed = 3 }), 5000);
        var second = Take(new SyntheticGenerator(new SyntheticSettings { Seed = 3 }), 5000);
        var other = Take(new SyntheticGenerator(new SyntheticSettings { Seed = 4 }), 5000);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void DomainSharesAndCalibratedPositiveRatesMatchTheSettings()
    {
        var settings = new SyntheticSettings();
        var generator = new SyntheticGenerator(settings);
        var domains = new long[3];
        var positives = new long[3, 2];
        foreach (var row in generator.Rows(60_000))
        {
            domains[row.Domain]++;
            positives[row.Domain, 0] += row.Labels[0];
            positives[row.Domain, 1] += row.Labels[1];
        }

        for (var d = 0; d < 3; d++)
        {
            Assert.Equal(settings.DomainShares[d], domains[d] / 60_000.0, 0.015);
            for (var t = 0; t < 2; t++)
            {
                var target = settings.PositiveRates[t] * settings.DomainRateFactors![d];
                Assert.Equal(target, positives[d, t] / (double)domains[d], 0.025);
            }
        }
    }

    [Fact]
    public void ScoresThatKnowTheDomainAndTaskStructureRankLabelsBetterThanSharedOnesCan()
    {
        var generator = new SyntheticGenerator();
        var full = new List<(double, int)>();
        var blind = new List<(double, int)>();
        var domainOnly = new List<(double, int)>();
        var structure = SyntheticComponents.All & ~SyntheticComponents.CalibratedBias;
        var shared = SyntheticComponents.Shared | SyntheticComponents.ItemBias;
        foreach (var row in generator.Rows(40_000))
        {
            for (var t = 0; t < 2; t++)
            {
                var label = row.Labels[t];
                full.Add((generator.Logit(row.User, row.Item, row.Domain, t, structure), label));
                blind.Add((generator.Logit(row.User, row.Item, row.Domain, t, shared), label));
                domainOnly.Add(
                    (generator.Logit(row.User, row.Item, row.Domain, t, shared | SyntheticComponents.Domain), label)
                );
            }
        }

        var fullAuc = Auc(full);
        var blindAuc = Auc(blind);
        var domainAuc = Auc(domainOnly);

        Assert.True(fullAuc > blindAuc + 0.05, $"structure-aware AUC {fullAuc:F3}, shared-only AUC {blindAuc:F3}");
        Assert.True(domainAuc > blindAuc + 0.03, $"domain-aware AUC {domainAuc:F3}, shared-only AUC {blindAuc:F3}");
        Assert.True(fullAuc > domainAuc + 0.01, $"with task parts {fullAuc:F3}, domain only {domainAuc:F3}");
    }

    [Fact]
    public void ASchemaFitOnGeneratedRowsSeesAllDomainsTasksAndUsers()
    {
        var generator = new SyntheticGenerator(new SyntheticSettings { Users = 300, Items = 200 });
        var data = generator.InMemory(20_000).ToDataSet();

        var map = data.Fit();

        Assert.Equal(["d0", "d1", "d2"], map.DomainNames);
        Assert.Equal(["click", "like"], map.TaskNames);
        Assert.Equal(301, map.Categories("user_id").Cardinality);
        Assert.Equal(9, map.Categories("user_segment").Cardinality);
        Assert.Equal(20_000, data.RowCounts!.Values.Sum());
    }

    private static double Auc(List<(double Score, int Label)> scored)
    {
        var ordered = scored.OrderBy(s => s.Score).ToArray();
        double rankSum = 0;
        long positives = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            if (ordered[i].Label == 1)
            {
                rankSum += i + 1;
                positives++;
            }
        }

        var negatives = ordered.Length - positives;
        return (rankSum - (positives * (positives + 1) / 2.0)) / (positives * (double)negatives);
    }

    [Fact]
    public void InvalidSettingsAreRefusedWithAReason()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new SyntheticGenerator(new SyntheticSettings { Tasks = ["click"], PositiveRates = [0.3] })
        );

        Assert.Contains("two tasks", error.Message);
    }
}

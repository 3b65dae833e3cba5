using System;
using M3oE.Dsl.Runtime.Modules;

namespace M3oE.Dsl.Runtime.Tests;

/// <summary>
/// A planted-structure data set: each item has a hidden quality, each user a hidden bias, and the label of
/// task t in domain d is drawn from sigmoid(sign(d, t) * 2 * quality + bias + 0.5 * dense), so a model must learn
/// item and user embeddings and how domains differ.
/// </summary>
internal sealed class SyntheticData
{
    public const int Users = 40;
    public const int Items = 30;
    public const int HistoryLength = 4;

    public SyntheticData(int rows, int domains, int tasks, int seed)
    {
        Rows = rows;
        Domains = domains;
        Tasks = tasks;
        var random = new Random(seed);
        var quality = new double[Items];
        var bias = new double[Users];
        for (var i = 0; i < Items; i++)
        {
            quality[i] = Gaussian(random);
        }

        for (var u = 0; u < Users; u++)
        {
            bias[u] = Gaussian(random);
        }

        Sparse = new long[rows * 2];
        Dense = new float[rows];
        History = new long[rows * HistoryLength];
        Domain = new long[rows];
        Labels = new float[rows * tasks];
        Group = new long[rows];
        for (var r = 0; r < rows; r++)
        {
            var user = random.Next(1, Users);
            var item = random.Next(1, Items);
            var domain = random.Next(domains);
            Sparse[r * 2] = user;
            Sparse[r * 2 + 1] = item;
            Dense[r] = (float)Gaussian(random);
            Domain[r] = domain;
            Group[r] = user;
            var length = random.Next(HistoryLength + 1);
            for (var k = 0; k < HistoryLength; k++)
            {
                History[r * HistoryLength + k] = k < length ? random.Next(1, Items) : -1;
            }

            for (var t = 0; t < tasks; t++)
            {
                var sign = (domain + t) % 2 == 0 ? 1.0 : -1.0;
                var logit = sign * 2.0 * quality[item] + bias[user] + 0.5 * Dense[r];
                var p = 1.0 / (1.0 + Math.Exp(-logit));
                Labels[r * tasks + t] = random.NextDouble() < p ? 1f : 0f;
            }
        }
    }

    public int Rows { get; }

    public int Domains { get; }

    public int Tasks { get; }

    public long[] Sparse { get; }

    public float[] Dense { get; }

    public long[] History { get; }

    public long[] Domain { get; }

    public float[] Labels { get; }

    public long[] Group { get; }

    public static InputOptions Input { get; } =
        new(
            new[] { new SparseFeature("user", Users, 8), new SparseFeature("item", Items, 8) },
            new[] { new SequenceFeature("history", Items, 8, Pooling.Mean, Table: "item") },
            DenseWidth: 1
        );

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}

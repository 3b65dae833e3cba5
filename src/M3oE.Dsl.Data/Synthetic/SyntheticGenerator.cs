using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Data.Randomness;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.Synthetic;

/// <summary>
/// Multi-domain, multi-task interaction data with a known generative process, so that a fresh checkout can
/// train without downloads and a model that uses the domain and task structure measurably beats one that
/// cannot.
/// </summary>
/// <remarks>
/// <para>Parameters, drawn once from the seed: user factors p_u and item factors q_i in R^k with standard
/// normal entries; weight vectors w_d (one per domain), v_t (one per task) and m_dt (one per domain and
/// task pair), standard normal in R^k; an item bias b_i ~ N(0, ItemBiasStrength^2).</para>
/// <para>With a_j = p_u,j * q_i,j / sqrt(k), each affinity below has unit variance:
/// shared = sum_j a_j; domain = sum_j w_d,j a_j; task = sum_j v_t,j a_j; pair = sum_j m_dt,j a_j.</para>
/// <para>A row draws a user uniformly, an item as floor(Items * u^ItemSkew) (popular items first) and a
/// domain d with probability DomainShares[d]. For each task t,
/// logit = c_dt + SharedStrength * shared + DomainStrength * domain + TaskStrength * task
/// + DomainTaskStrength * pair + b_i + Noise * e, with e standard normal, and the label is 1 with
/// probability sigmoid(logit). The bias c_dt is found by bisection on a calibration sample so that the
/// positive rate of task t in domain d is PositiveRates[t] * DomainRateFactors[d].</para>
/// <para>Features: user_id, item_id; user_segment, the sign pattern of the user's first factors;
/// user_activity = p_u,0 + N(0, 0.5^2); item_category, the sign pattern of the item's first factors;
/// item_price = q_i,1 + N(0, 0.5^2); the domain column (0..D-1) and one 0/1 column per task.</para>
/// <para>Everything comes from <see cref="SeededRandom"/> streams of the seed, so the same settings give
/// the same rows on every machine. Rows are produced one at a time; nothing grows with the row count.</para>
/// </remarks>
public sealed partial class SyntheticGenerator
{
    private const int CalibrationSamples = 20_000;

    private readonly double[][] _users;
    private readonly double[][] _items;
    private readonly double[] _itemBias;
    private readonly double[][] _domainWeights;
    private readonly double[][] _taskWeights;
    private readonly double[][][] _pairWeights;
    private readonly double[][] _bias;
    private readonly double[] _domainCumulative;
    private readonly double _scale;

    /// <summary>Draws the parameters and calibrates the biases.</summary>
    public SyntheticGenerator(SyntheticSettings? settings = null)
    {
        Settings = settings ?? new SyntheticSettings();
        Validate(Settings);
        var s = Settings;
        var k = s.Factors;
        var domains = s.DomainShares.Count;
        var tasks = s.Tasks.Count;
        _scale = 1.0 / Math.Sqrt(k);

        var random = new SeededRandom(s.Seed, 0);
        _users = Gaussians(random, s.Users, k);
        _items = Gaussians(random, s.Items, k);
        _itemBias = Gaussians(random, 1, s.Items)[0].Select(b => b * s.ItemBiasStrength).ToArray();
        _domainWeights = Gaussians(random, domains, k);
        _taskWeights = Gaussians(random, tasks, k);
        _pairWeights = Enumerable.Range(0, domains).Select(_ => Gaussians(random, tasks, k)).ToArray();

        var total = s.DomainShares.Sum();
        _domainCumulative = new double[domains];
        var running = 0.0;
        for (var d = 0; d < domains; d++)
        {
            running += s.DomainShares[d] / total;
            _domainCumulative[d] = running;
        }

        _bias = Calibrate(new SeededRandom(s.Seed, 2));
        Schema = BuildSchema(s);
    }

    public SyntheticSettings Settings { get; }

    /// <summary>The schema that reads the generated columns: ids and categories as vocabularies, dense
    /// features standardised, the domain column and one label per task.</summary>
    public DataSchema Schema { get; }

    /// <summary>The generated columns in file order.</summary>
    public IReadOnlyList<string> Columns =>
        [
            "user_id",
            "item_id",
            "user_segment",
            "user_activity",
            "item_category",
            "item_price",
            "domain",
            .. Settings.Tasks,
        ];

    /// <summary>The calibrated bias c_dt.</summary>
    public double Bias(int domain, int task) => _bias[domain][task];

    /// <summary>
    /// <paramref name="count"/> rows, generated one at a time into one reused <see cref="SyntheticRow"/>.
    /// </summary>
    public IEnumerable<SyntheticRow> Rows(long count)
    {
        var s = Settings;
        var random = new SeededRandom(s.Seed, 1);
        var row = new SyntheticRow(s.Tasks.Count);
        var segmentBits = Bits(s.UserSegments);
        var categoryBits = Bits(s.ItemCategories);
        for (long index = 0; index < count; index++)
        {
            var user = random.Next(s.Users);
            var item = Math.Min(s.Items - 1, (int)(s.Items * Math.Pow(random.NextDouble(), s.ItemSkew)));
            var domain = Domain(random.NextDouble());
            row.Index = index;
            row.User = user;
            row.Item = item;
            row.Domain = domain;
            row.UserSegment = SignPattern(_users[user], segmentBits);
            row.ItemCategory = SignPattern(_items[item], categoryBits);
            row.UserActivity = _users[user][0] + (0.5 * random.NextGaussian());
            row.ItemPrice = _items[item][Math.Min(1, s.Factors - 1)] + (0.5 * random.NextGaussian());
            for (var t = 0; t < s.Tasks.Count; t++)
            {
                var logit = Logit(user, item, domain, t, SyntheticComponents.All) + (s.Noise * random.NextGaussian());
                row.Labels[t] = random.NextDouble() < Sigmoid(logit) ? 1 : 0;
            }

            yield return row;
        }
    }

    /// <summary>The noise-free logit of a (user, item, domain, task) with the chosen components.</summary>
    public double Logit(int user, int item, int domain, int task, SyntheticComponents components)
    {
        var s = Settings;
        var p = _users[user];
        var q = _items[item];
        var w = _domainWeights[domain];
        var v = _taskWeights[task];
        var m = _pairWeights[domain][task];
        double shared = 0,
            domainPart = 0,
            taskPart = 0,
            pairPart = 0;
        for (var j = 0; j < p.Length; j++)
        {
            var a = p[j] * q[j] * _scale;
            shared += a;
            domainPart += w[j] * a;
            taskPart += v[j] * a;
            pairPart += m[j] * a;
        }

        var logit = 0.0;
        logit += components.HasFlag(SyntheticComponents.Shared) ? s.SharedStrength * shared : 0;
        logit += components.HasFlag(SyntheticComponents.Domain) ? s.DomainStrength * domainPart : 0;
        logit += components.HasFlag(SyntheticComponents.Task) ? s.TaskStrength * taskPart : 0;
        logit += components.HasFlag(SyntheticComponents.DomainTask) ? s.DomainTaskStrength * pairPart : 0;
        logit += components.HasFlag(SyntheticComponents.ItemBias) ? _itemBias[item] : 0;
        logit += components.HasFlag(SyntheticComponents.CalibratedBias) ? _bias[domain][task] : 0;
        return logit;
    }

    /// <summary>The logistic function.</summary>
    public static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

    private int Domain(double u)
    {
        for (var d = 0; d < _domainCumulative.Length - 1; d++)
        {
            if (u < _domainCumulative[d])
            {
                return d;
            }
        }

        return _domainCumulative.Length - 1;
    }

    private double[][] Calibrate(SeededRandom random)
    {
        var s = Settings;
        var biases = new double[s.DomainShares.Count][];
        var logits = new double[CalibrationSamples];
        for (var d = 0; d < biases.Length; d++)
        {
            biases[d] = new double[s.Tasks.Count];
            for (var t = 0; t < s.Tasks.Count; t++)
            {
                for (var n = 0; n < logits.Length; n++)
                {
                    var user = random.Next(s.Users);
                    var item = Math.Min(s.Items - 1, (int)(s.Items * Math.Pow(random.NextDouble(), s.ItemSkew)));
                    var components = SyntheticComponents.All & ~SyntheticComponents.CalibratedBias;
                    logits[n] = Logit(user, item, d, t, components) + (s.Noise * random.NextGaussian());
                }

                var target = Math.Clamp(s.PositiveRates[t] * (s.DomainRateFactors?[d] ?? 1.0), 1e-4, 1 - 1e-4);
                double low = -30,
                    high = 30;
                for (var step = 0; step < 60; step++)
                {
                    var middle = (low + high) / 2;
                    var rate = logits.Average(z => Sigmoid(z + middle));
                    (low, high) = rate < target ? (middle, high) : (low, middle);
                }

                biases[d][t] = (low + high) / 2;
            }
        }

        return biases;
    }

    private static DataSchema BuildSchema(SyntheticSettings s)
    {
        var domains = Enumerable
            .Range(0, s.DomainShares.Count)
            .Select(d => new DomainValues("d" + d, [d.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            .ToArray();
        return new DataSchema(
            [
                SparseFeature.Of("user_id", VocabularySpec.FromData()),
                SparseFeature.Of("item_id", VocabularySpec.FromData()),
                SparseFeature.Of("user_segment", VocabularySpec.FromData()),
                SparseFeature.Of("item_category", VocabularySpec.FromData()),
                DenseFeature.Of("user_activity", Normalization.Standard),
                DenseFeature.Of("item_price", Normalization.Standard),
            ],
            new ColumnDomainSpec("domain", domains),
            s.Tasks.Select(t => new TaskSpec(t, t)).ToArray(),
            groupColumn: "user_id"
        );
    }

    private static void Validate(SyntheticSettings s)
    {
        if (s.Users < 1 || s.Items < 1 || s.Factors < 1)
        {
            throw new ArgumentException("Users, items and factors must be at least 1.", nameof(s));
        }

        if (s.DomainShares.Count == 0 || s.DomainShares.Any(x => x < 0) || s.DomainShares.Sum() <= 0)
        {
            throw new ArgumentException("Domain shares must be non-negative with a positive sum.", nameof(s));
        }

        if (s.Tasks.Count < 2 || s.PositiveRates.Count != s.Tasks.Count)
        {
            throw new ArgumentException("At least two tasks are needed, with one positive rate each.", nameof(s));
        }

        if (s.DomainRateFactors is { } factors && factors.Count != s.DomainShares.Count)
        {
            throw new ArgumentException("Domain rate factors need one value per domain.", nameof(s));
        }
    }

    private static double[][] Gaussians(SeededRandom random, int rows, int columns)
    {
        var result = new double[rows][];
        for (var r = 0; r < rows; r++)
        {
            result[r] = new double[columns];
            for (var c = 0; c < columns; c++)
            {
                result[r][c] = random.NextGaussian();
            }
        }

        return result;
    }

    private int Bits(int categories) =>
        Math.Min(Settings.Factors, (int)Math.Ceiling(Math.Log2(Math.Max(2, categories))));

    private static int SignPattern(double[] factors, int bits)
    {
        var pattern = 0;
        for (var j = 0; j < bits; j++)
        {
            pattern |= factors[j] > 0 ? 1 << j : 0;
        }

        return pattern;
    }
}

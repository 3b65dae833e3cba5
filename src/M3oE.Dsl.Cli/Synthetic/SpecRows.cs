using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using M3oE.Dsl.Cli.Training;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Cli.Synthetic;

/// <summary>
/// Synthetic rows for any spec, so that <c>m3oec train SPEC</c> runs without a data file. Every row draws its
/// domain columns inside the ranges the domain rules mention (retrying until a domain's rule holds), one id per
/// sparse feature from a skewed distribution, standard normal dense values, and a hidden score (a fixed random
/// effect per id, a weight per dense feature, an offset per domain) from which the task columns follow: a 0/1
/// label by a logistic draw, a numeric target spread over the values its rules compare with.
/// </summary>
internal sealed class SpecRows
{
    private const int DefaultIds = 200;
    private const int MostIds = 5000;
    private const double EffectScale = 0.6;

    private readonly ModelSpec _model;
    private readonly Random _random;
    private readonly Dictionary<string, ColumnSpec> _columns;
    private readonly Dictionary<string, List<LiteralSpec>> _domainLiterals;
    private readonly Dictionary<string, List<LiteralSpec>> _taskLiterals;
    private readonly Dictionary<string, double[]> _effects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private readonly double[] _domainOffsets;
    private readonly Dictionary<string, double> _taskOffsets = new(StringComparer.Ordinal);

    public SpecRows(ModelSpec model, int seed)
    {
        _model = model;
        _random = new Random(seed);
        _columns = model.Data.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        _domainLiterals = RuleValues.Literals(
            model.Domains.Domains.Where(d => d.Condition is not null).Select(d => d.Condition!)
        );
        foreach (var domain in model.Domains.Domains.Where(d => d.Values.Count > 0))
        {
            if (!_domainLiterals.TryGetValue(model.Domains.Column, out var list))
            {
                _domainLiterals[model.Domains.Column] = list = [];
            }

            list.AddRange(domain.Values);
        }

        _taskLiterals = RuleValues.Literals(model.Tasks.Select(t => t.Label));
        foreach (var column in model.Data.Columns.Where(c => c.Source is null))
        {
            if (column.Kind is ColumnKind.Sparse or ColumnKind.Sequence)
            {
                _effects[column.Name] = Enumerable.Range(0, Ids(column)).Select(_ => Normal() * EffectScale).ToArray();
            }
            else if (column.Kind is ColumnKind.Dense or ColumnKind.Bucket)
            {
                _weights[column.Name] = Normal() * EffectScale;
            }
        }

        _domainOffsets = model.Domains.Domains.Select(_ => Normal() * 0.5).ToArray();
        foreach (var task in model.Tasks)
        {
            _taskOffsets[task.Name] = -0.5 + (Normal() * 0.3);
        }
    }

    /// <summary>Writes <paramref name="rows"/> rows with a header of the spec's file columns.</summary>
    public void WriteCsv(string path, int rows)
    {
        var columns = SpecColumns.Read(_model);
        var byFile = _model.Data.Columns.Where(c => c.Source is null).ToDictionary(c => c.FileColumn, c => c.Name);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write(string.Join(",", columns.Select(Quote)));
        writer.Write('\n');
        var line = new StringBuilder();
        for (var i = 0; i < rows; i++)
        {
            var row = Row();
            line.Clear();
            for (var c = 0; c < columns.Count; c++)
            {
                if (c > 0)
                {
                    line.Append(',');
                }

                var name = byFile.GetValueOrDefault(columns[c], columns[c]);
                line.Append(Quote(row.GetValueOrDefault(name, string.Empty)));
            }

            writer.Write(line.Append('\n'));
        }
    }

    private Dictionary<string, string> Row()
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        var domain = DrawDomainColumns(row);
        var score = _domainOffsets[domain];
        foreach (var column in _model.Data.Columns.Where(c => c.Source is null && !row.ContainsKey(c.Name)))
        {
            if (_effects.TryGetValue(column.Name, out var effects))
            {
                var count =
                    column.Kind == ColumnKind.Sequence
                        ? 1 + _random.Next(Math.Max(1, Math.Min(4, column.MaxLength)))
                        : 1;
                var ids = Enumerable.Range(0, count).Select(_ => SkewedId(effects.Length)).ToList();
                score += ids.Average(id => effects[id]);
                row[column.Name] = string.Join(column.Separator ?? "|", ids.Select(id => Value(column, id)));
            }
            else if (_weights.TryGetValue(column.Name, out var weight) && !_taskLiterals.ContainsKey(column.Name))
            {
                var value = Normal();
                score += weight * value;
                row[column.Name] = RuleValues.Format(Math.Round(value, 4));
            }
        }

        foreach (var column in _model.Data.Columns.Where(c => c.Source is null && !row.ContainsKey(c.Name)))
        {
            row[column.Name] = Target(column, score);
        }

        return row;
    }

    /// <summary>Draws the columns the domain rules read until one domain's rule holds; returns that domain.</summary>
    private int DrawDomainColumns(Dictionary<string, string> row)
    {
        for (var attempt = 0; ; attempt++)
        {
            foreach (var (column, literals) in _domainLiterals)
            {
                row[column] = FromLiterals(_columns.GetValueOrDefault(column), literals, attempt > 50);
            }

            var domain = Matching(row);
            if (domain is { } found)
            {
                return found;
            }

            if (attempt > 1000)
            {
                throw new InvalidOperationException(
                    $"no generated row matches a domain rule of model '{_model.Name}'; pass --data with real rows."
                );
            }
        }
    }

    private int? Matching(IReadOnlyDictionary<string, string> row)
    {
        foreach (var domain in _model.Domains.Domains)
        {
            if (domain.Otherwise)
            {
                return domain.Index;
            }

            var holds = domain.Condition is { } condition
                ? RuleValues.Holds(condition, row)
                : row.TryGetValue(_model.Domains.Column, out var cell)
                    && domain.Values.Any(v => v.IsString ? v.Text == cell : RuleValues.Format(v.Number) == cell);
            if (holds)
            {
                return domain.Index;
            }
        }

        return _model.Domains.Domains.Count == 0 ? 0 : null;
    }

    /// <summary>A value for a column the rules compare with: one of the literals, or a number around them.</summary>
    private string FromLiterals(ColumnSpec? column, List<LiteralSpec> literals, bool exact)
    {
        var strings = literals.Where(l => l.IsString).Select(l => l.Text).Distinct().ToList();
        if (strings.Count > 0 || literals.Count == 0)
        {
            return strings.Count == 0 || (!exact && _random.NextDouble() < 0.1)
                ? "other"
                : strings[_random.Next(strings.Count)];
        }

        var numbers = literals.Select(l => l.Number).Distinct().Order().ToList();
        if (exact || (column?.Type == ColumnType.Int && numbers.Count > 1 && numbers.All(n => n == Math.Floor(n))))
        {
            return RuleValues.Format(numbers[_random.Next(numbers.Count)]);
        }

        var (low, high) = Range(numbers);
        var value = low + ((high - low) * _random.NextDouble());
        return RuleValues.Format(
            column?.Type == ColumnType.Int || numbers.All(n => n == Math.Floor(n))
                ? Math.Round(value)
                : Math.Round(value, 3)
        );
    }

    /// <summary>A task column: a 0/1 label, or a number spread over the values its rules compare with.</summary>
    private string Target(ColumnSpec column, double score)
    {
        var task = _model.Tasks.FirstOrDefault(t => RuleValues.Literals([t.Label]).ContainsKey(column.Name));
        var offset = task is null ? 0 : _taskOffsets[task.Name];
        var noisy = score + offset + (Normal() * 0.5);
        var literals = _taskLiterals.GetValueOrDefault(column.Name) ?? [];
        var numbers = literals.Where(l => !l.IsString).Select(l => l.Number).Distinct().Order().ToList();
        var strings = literals.Where(l => l.IsString).Select(l => l.Text).Distinct().ToList();
        if (strings.Count > 0)
        {
            return Sigmoid(noisy) > _random.NextDouble() ? strings[_random.Next(strings.Count)] : "other";
        }

        if (numbers.Count == 0 || (numbers.Count == 1 && numbers[0] is 0 or 1 && column.Type == ColumnType.Int))
        {
            return task is null && column.Type == ColumnType.String ? "s" + _random.Next(100)
                : Sigmoid(noisy) > _random.NextDouble() ? "1"
                : "0";
        }

        var (low, high) = Range(numbers);
        var value = low + ((high - low) * Sigmoid(noisy * 1.5));
        return RuleValues.Format(numbers.All(n => n == Math.Floor(n)) ? Math.Round(value) : Math.Round(value, 3));
    }

    private static (double Low, double High) Range(List<double> numbers)
    {
        var span = Math.Max(1, numbers[^1] - numbers[0]);
        return (numbers[0] - span, numbers[^1] + span);
    }

    private int Ids(ColumnSpec column) =>
        column.Vocabulary is { Size: > 0 } vocabulary ? Math.Min(MostIds, vocabulary.Size) : DefaultIds;

    private static string Value(ColumnSpec column, int id) =>
        column.Type == ColumnType.String || column.Kind == ColumnKind.Sequence
            ? $"{column.Name}_{id}"
            : id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An id in [0, count), small ids far more frequent, as in real catalogues.</summary>
    private int SkewedId(int count) => Math.Min(count - 1, (int)(count * Math.Pow(_random.NextDouble(), 2)));

    private double Normal()
    {
        var u = 1.0 - _random.NextDouble();
        var v = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    private static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";
}

using System;
using System.Globalization;
using System.Linq;
using M3oE.Dsl.Data.FeatureMaps;
using M3oE.Dsl.Data.Quality;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.Encoders;

/// <summary>
/// Checks a row against the schema and extracts its numbers: dense values, bucketized values, labels, the
/// domain and the group. Fitting and encoding both go through it, so they agree on which rows are bad.
/// </summary>
internal sealed class RowParser
{
    private readonly DenseFeature[] _dense;
    private readonly int[] _denseSlots;
    private readonly BucketizedFeature[] _bucketized;
    private readonly int[] _bucketizedSlots;
    private readonly TaskSpec[] _tasks;
    private readonly int[] _taskSlots;
    private readonly DomainResolver _domain;
    private readonly int _groupSlot;
    private readonly string? _domainColumn;

    public RowParser(DataSchema schema)
    {
        _dense = [.. schema.DenseInputs];
        _denseSlots = _dense.Select(f => schema.Slot(f.Column)).ToArray();
        _bucketized = schema.Features.OfType<BucketizedFeature>().ToArray();
        _bucketizedSlots = _bucketized.Select(f => schema.Slot(f.Column)).ToArray();
        _tasks = [.. schema.Tasks];
        _taskSlots = _tasks.Select(t => schema.Slot(t.Column)).ToArray();
        _domain = DomainResolver.Create(schema);
        _groupSlot = schema.GroupColumn is null ? -1 : schema.Slot(schema.GroupColumn);
        _domainColumn = schema.Domain.Columns.Count == 0 ? null : string.Join(",", schema.Domain.Columns);
    }

    public ParsedRow NewRow() => new(_dense.Length, _bucketized.Length, _tasks.Length);

    public bool TryParse(IRowView row, ParsedRow parsed, out RowProblem problem)
    {
        problem = default;
        for (var i = 0; i < _dense.Length; i++)
        {
            var slot = _denseSlots[i];
            if (row.TryNumber(slot, out var value))
            {
                parsed.Dense[i] = value;
                continue;
            }

            var feature = _dense[i];
            if (!IsBlank(row.Text(slot)))
            {
                problem = Unparsable(feature.Column, row.Text(slot));
                return false;
            }

            switch (feature.Missing)
            {
                case MissingDense.Constant:
                    parsed.Dense[i] = feature.FillValue;
                    break;
                case MissingDense.Mean:
                    parsed.Dense[i] = double.NaN;
                    break;
                default:
                    problem = new RowProblem(feature.Column, BadRowReason.MissingValue, "the cell is empty");
                    return false;
            }
        }

        for (var i = 0; i < _bucketized.Length; i++)
        {
            var slot = _bucketizedSlots[i];
            if (row.TryNumber(slot, out var value))
            {
                parsed.Bucketized[i] = value;
            }
            else if (IsBlank(row.Text(slot)))
            {
                parsed.Bucketized[i] = double.NaN;
            }
            else
            {
                problem = Unparsable(_bucketized[i].Column, row.Text(slot));
                return false;
            }
        }

        for (var t = 0; t < _tasks.Length; t++)
        {
            var task = _tasks[t];
            var slot = _taskSlots[t];
            if (!row.TryNumber(slot, out var value))
            {
                var text = row.Text(slot);
                problem = IsBlank(text)
                    ? new RowProblem(
                        task.Column,
                        BadRowReason.MissingLabel,
                        $"the label of task '{task.Name}' is empty"
                    )
                    : Unparsable(task.Column, text);
                return false;
            }

            if (task.Condition is { } condition)
            {
                parsed.Labels[t] = condition(value) ? 1f : 0f;
            }
            else if (value is 0 or 1)
            {
                parsed.Labels[t] = (float)value;
            }
            else
            {
                problem = new RowProblem(
                    task.Column,
                    BadRowReason.InvalidLabel,
                    $"the label of task '{task.Name}' is '{row.Text(slot)}', not 0 or 1"
                );
                return false;
            }
        }

        var domain = _domain.Resolve(row);
        if (domain < 0)
        {
            problem = new RowProblem(_domainColumn, BadRowReason.UnknownDomain, _domain.Describe(row));
            return false;
        }

        parsed.Domain = domain;
        if (_groupSlot >= 0)
        {
            parsed.Group = GroupKey(row.Text(_groupSlot));
        }

        return true;
    }

    private static long GroupKey(ReadOnlySpan<char> text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var key)
            ? key
            : (long)(StableHash.Of(text) >> 1);

    private static bool IsBlank(ReadOnlySpan<char> text) => text.IsWhiteSpace();

    private static RowProblem Unparsable(string column, ReadOnlySpan<char> text) =>
        new(column, BadRowReason.UnparsableNumber, $"'{text}' is not a number");
}

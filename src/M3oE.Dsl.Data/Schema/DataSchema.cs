using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace M3oE.Dsl.Data.Schema;

/// <summary>
/// What a data set holds for a model: features, the domain, task labels and an optional group column.
/// A schema is plain data plus compiled delegates; it depends on no front end.
/// </summary>
public sealed class DataSchema
{
    private readonly Dictionary<string, int> _slots;

    /// <summary>Creates a schema and checks that names are unique.</summary>
    public DataSchema(
        IReadOnlyList<FeatureSpec> features,
        DomainSpec domain,
        IReadOnlyList<TaskSpec> tasks,
        string? groupColumn = null
    )
    {
        if (tasks.Count == 0)
        {
            throw new ArgumentException("A schema needs at least one task.", nameof(tasks));
        }

        var duplicate = features.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The feature name '{duplicate.Key}' is used twice.", nameof(features));
        }

        var duplicateTask = tasks.GroupBy(t => t.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicateTask is not null)
        {
            throw new ArgumentException($"The task name '{duplicateTask.Key}' is used twice.", nameof(tasks));
        }

        var sharedConflict = features
            .Select(f =>
                f switch
                {
                    SparseFeature s => (Shared: s.SharedVocabulary, Vocabulary: s.Vocabulary.Describe()),
                    SequenceFeature q => (Shared: q.SharedVocabulary, Vocabulary: q.Vocabulary.Describe()),
                    _ => (Shared: null, Vocabulary: string.Empty),
                }
            )
            .Where(p => p.Shared is not null)
            .GroupBy(p => p.Shared)
            .FirstOrDefault(g => g.Select(p => p.Vocabulary).Distinct().Count() > 1);
        if (sharedConflict is not null)
        {
            throw new ArgumentException(
                $"The features sharing the vocabulary '{sharedConflict.Key}' have different vocabulary settings.",
                nameof(features)
            );
        }

        Features = features;
        Domain = domain;
        Tasks = tasks;
        GroupColumn = groupColumn;

        var columns = new List<string>();
        void Add(string name)
        {
            if (!columns.Contains(name))
            {
                columns.Add(name);
            }
        }

        foreach (var feature in features)
        {
            Add(feature.Column);
        }

        foreach (var column in domain.Columns)
        {
            Add(column);
        }

        foreach (var task in tasks)
        {
            Add(task.Column);
        }

        if (groupColumn is not null)
        {
            Add(groupColumn);
        }

        Columns = columns;
        _slots = columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        Hash = ComputeHash();
    }

    public IReadOnlyList<FeatureSpec> Features { get; }

    public DomainSpec Domain { get; }

    public IReadOnlyList<TaskSpec> Tasks { get; }

    /// <summary>A column whose value groups rows (for grouped AUC); text values are hashed.</summary>
    public string? GroupColumn { get; }

    /// <summary>Every column the schema reads, in slot order: features, domain, tasks, group.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>A hex SHA-256 of the canonical description of the schema.</summary>
    public string Hash { get; }

    /// <summary>Single-valued sparse inputs (sparse and bucketized features) in tensor column order.</summary>
    public IReadOnlyList<FeatureSpec> SparseInputs =>
        Features.Where(f => f is SparseFeature or BucketizedFeature).ToArray();

    /// <summary>Dense features in tensor column order.</summary>
    public IReadOnlyList<DenseFeature> DenseInputs => Features.OfType<DenseFeature>().ToArray();

    /// <summary>Multi-valued features in the order of the sequence tensors.</summary>
    public IReadOnlyList<SequenceFeature> SequenceInputs => Features.OfType<SequenceFeature>().ToArray();

    /// <summary>The slot of a column in <see cref="Columns"/>.</summary>
    public int Slot(string column) =>
        _slots.TryGetValue(column, out var slot)
            ? slot
            : throw new ArgumentException($"The schema does not read the column '{column}'.", nameof(column));

    /// <summary>The canonical description the hash is computed from, one line per part.</summary>
    public IEnumerable<string> DescribeLines()
    {
        foreach (var feature in Features)
        {
            yield return $"feature {feature.Name}: {feature.Describe()}";
        }

        yield return $"domain: {Domain.Describe()}";
        foreach (var task in Tasks)
        {
            yield return task.Describe();
        }

        yield return $"group: {GroupColumn ?? "-"}";
    }

    private string ComputeHash()
    {
        var text = string.Join("\n", DescribeLines());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.FeatureMaps;

/// <summary>Writing and reading the JSON form of feature maps.</summary>
internal static class FeatureMapJson
{
    public const string FormatName = "m3oe-feature-map";

    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The first difference between a saved map and a schema, or null when they agree.</summary>
    public static (string Message, string? Column)? Difference(FeatureMapDocument document, DataSchema schema)
    {
        var saved = document.Features.ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var feature in schema.Features)
        {
            if (!saved.TryGetValue(feature.Name, out var entry))
            {
                return (
                    $"column '{feature.Column}' (feature '{feature.Name}') is in the schema but not in the "
                        + "feature map",
                    feature.Column
                );
            }

            if (entry.Definition != feature.Describe())
            {
                return (
                    $"column '{feature.Column}' (feature '{feature.Name}') differs: the feature map has "
                        + $"{entry.Definition}, the schema has {feature.Describe()}",
                    feature.Column
                );
            }
        }

        var names = schema.Features.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var extra = document.Features.FirstOrDefault(f => !names.Contains(f.Name));
        if (extra is not null)
        {
            return (
                $"column '{extra.Column}' (feature '{extra.Name}') is in the feature map but not in the schema",
                extra.Column
            );
        }

        if (!document.Features.Select(f => f.Name).SequenceEqual(schema.Features.Select(f => f.Name)))
        {
            return (
                "the features are in a different order: the feature map has "
                    + $"{string.Join(", ", document.Features.Select(f => f.Name))}, the schema has "
                    + $"{string.Join(", ", schema.Features.Select(f => f.Name))}",
                null
            );
        }

        var domainColumn = schema.Domain.Columns.Count == 0 ? null : string.Join(",", schema.Domain.Columns);
        if (document.Domain != schema.Domain.Describe())
        {
            return (
                $"the domain column '{domainColumn ?? "-"}' differs: the feature map has {document.Domain}, the "
                    + $"schema has {schema.Domain.Describe()}",
                domainColumn
            );
        }

        var tasks = schema.Tasks.Select(t => t.Describe()).ToArray();
        for (var t = 0; t < Math.Max(tasks.Length, document.Tasks.Count); t++)
        {
            var mine = t < tasks.Length ? tasks[t] : "nothing";
            var theirs = t < document.Tasks.Count ? document.Tasks[t] : "nothing";
            if (mine != theirs)
            {
                var column = t < schema.Tasks.Count ? schema.Tasks[t].Column : null;
                return (
                    $"the label column '{column ?? "-"}' differs: the feature map has {theirs}, the schema "
                        + $"has {mine}",
                    column
                );
            }
        }

        if (document.Group != schema.GroupColumn)
        {
            return (
                $"the group column differs: the feature map has '{document.Group ?? "-"}', the schema has "
                    + $"'{schema.GroupColumn ?? "-"}'",
                schema.GroupColumn ?? document.Group
            );
        }

        return document.SchemaHash == schema.Hash
            ? null
            : ("the schema hash differs although every column agrees; the map was written by another version", null);
    }

    public static FeatureEntry Entry(FeatureSpec feature, FeatureMap map)
    {
        var entry = new FeatureEntry
        {
            Name = feature.Name,
            Column = feature.Column,
            Definition = feature.Describe(),
        };
        switch (feature)
        {
            case DenseFeature:
                entry.Statistics = map.Statistics(feature.Name);
                break;
            case BucketizedFeature:
                entry.Boundaries = [.. map.Boundaries(feature.Name)];
                break;
            default:
                var categories = map.Categories(feature.Name);
                if (categories is Vocabulary vocabulary)
                {
                    entry.Vocabulary = [.. vocabulary.Tokens];
                }
                else
                {
                    entry.Size = categories is HashedCategories hashed
                        ? hashed.Buckets
                        : ((IdentityCategories)categories).Size;
                }

                break;
        }

        return entry;
    }

    public static CategoryMap Categories(FeatureEntry entry, VocabularySpec spec) =>
        spec.Kind switch
        {
            VocabularyKind.FromData => new Vocabulary(entry.Vocabulary ?? []),
            VocabularyKind.Hashed => new HashedCategories(spec.Size),
            _ => new IdentityCategories(spec.Size),
        };

    public static IEnumerable<(string Name, VocabularySpec Spec, string? Shared)> CategoricalFeatures(DataSchema schema)
    {
        foreach (var feature in schema.Features)
        {
            if (feature is SparseFeature sparse)
            {
                yield return (sparse.Name, sparse.Vocabulary, sparse.SharedVocabulary);
            }
            else if (feature is SequenceFeature sequence)
            {
                yield return (sequence.Name, sequence.Vocabulary, sequence.SharedVocabulary);
            }
        }
    }
}

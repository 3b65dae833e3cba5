using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.FeatureMaps;

public sealed partial class FeatureMap
{
    /// <summary>The JSON text of the map.</summary>
    public string ToJson()
    {
        var document = new FeatureMapDocument
        {
            Version = FormatVersion,
            SchemaHash = SchemaHash,
            TrainingRows = TrainingRows,
            Features = Schema.Features.Select(f => FeatureMapJson.Entry(f, this)).ToList(),
            Domain = Schema.Domain.Describe(),
            DomainColumns = [.. Schema.Domain.Columns],
            Tasks = Schema.Tasks.Select(t => t.Describe()).ToList(),
            Group = Schema.GroupColumn,
        };
        return JsonSerializer.Serialize(document, FeatureMapJson.Options);
    }

    /// <summary>Reads a map from JSON and checks it against <paramref name="schema"/>.</summary>
    /// <exception cref="FeatureMapMismatchException">The map was built for a different schema.</exception>
    public static FeatureMap FromJson(string json, DataSchema schema)
    {
        var document = JsonSerializer.Deserialize<FeatureMapDocument>(json, FeatureMapJson.Options)
            ?? throw new FormatException("The feature map file is empty.");
        if (document.Format != FeatureMapJson.FormatName)
        {
            throw new FormatException($"This is not a feature map file (format '{document.Format}').");
        }

        if (document.Version != FormatVersion)
        {
            throw new FormatException(
                $"The feature map has format version {document.Version}; this library reads version "
                    + $"{FormatVersion}. Rebuild the feature map from the training data."
            );
        }

        if (FeatureMapJson.Difference(document, schema) is { } difference)
        {
            throw new FeatureMapMismatchException(
                $"The feature map was built for a different schema: {difference.Message}. Rebuild the feature map "
                    + "from the training data, or use the schema it was built with.",
                difference.Column
            );
        }

        var entries = document.Features.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var categories = new Dictionary<string, CategoryMap>(StringComparer.Ordinal);
        var shared = new Dictionary<string, CategoryMap>(StringComparer.Ordinal);
        foreach (var (name, spec, sharedName) in FeatureMapJson.CategoricalFeatures(schema))
        {
            if (sharedName is not null && shared.TryGetValue(sharedName, out var existing))
            {
                categories[name] = existing;
                continue;
            }

            var map = FeatureMapJson.Categories(entries[name], spec);
            categories[name] = map;
            if (sharedName is not null)
            {
                shared[sharedName] = map;
            }
        }

        var statistics = new Dictionary<string, DenseStatistics>(StringComparer.Ordinal);
        var boundaries = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var feature in schema.Features)
        {
            var entry = entries[feature.Name];
            if (feature is DenseFeature)
            {
                statistics[feature.Name] = entry.Statistics ?? new DenseStatistics(0, 0, 0, 0, 0);
            }
            else if (feature is BucketizedFeature)
            {
                boundaries[feature.Name] = [.. entry.Boundaries ?? new List<double>()];
            }
        }

        return new FeatureMap(schema, document.TrainingRows, categories, statistics, boundaries);
    }
}

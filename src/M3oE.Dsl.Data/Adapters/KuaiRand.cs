using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Data.Csv;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.Adapters;

/// <summary>
/// KuaiRand interaction logs joined with user and video features, in the layout of the multi-domain
/// benchmarks: <c>tab</c> (the scenario) is the domain, <c>is_click</c> a task, and <c>long_view</c> a
/// second task where the file has it. User and video attributes are sparse, counts and sizes dense
/// (standardised); watch times and stay times are outcomes and are not used as features.
/// </summary>
public static class KuaiRand
{
    private static readonly string[] Sparse =
    [
        "user_id",
        "video_id",
        "user_active_degree",
        "is_lowactive_period",
        "is_live_streamer",
        "is_video_author",
        "follow_user_num_range",
        "fans_user_num_range",
        "friend_user_num_range",
        "register_days_range",
        "video_type",
        "visible_status",
    ];

    private static readonly string[] Dense =
    [
        "follow_user_num",
        "fans_user_num",
        "friend_user_num",
        "register_days",
        "duration_ms",
        "server_width",
        "server_height",
    ];

    /// <summary>The schema for a file with the given header, with one domain per listed tab value.</summary>
    public static DataSchema SchemaFor(IReadOnlyList<string> header, IReadOnlyList<string> tabs)
    {
        var features = new List<FeatureSpec>();
        foreach (var column in header)
        {
            if (Sparse.Contains(column) || column.StartsWith("onehot_feat", StringComparison.Ordinal))
            {
                features.Add(SparseFeature.Of(column, VocabularySpec.FromData()));
            }
            else if (Dense.Contains(column))
            {
                features.Add(DenseFeature.Of(column, Normalization.Standard) with { Missing = MissingDense.Mean });
            }
        }

        var tasks = new List<TaskSpec> { new("click", "is_click") };
        if (header.Contains("long_view"))
        {
            tasks.Add(new TaskSpec("long_view", "long_view"));
        }

        return new DataSchema(
            features,
            new ColumnDomainSpec("tab", tabs.Select(t => new DomainValues("tab" + t, [t])).ToArray()),
            tasks,
            groupColumn: "user_id"
        );
    }

    /// <summary>A KuaiRand CSV; <paramref name="tabs"/> lists the tab values that are domains (by default
    /// the values found in the file, in ascending order, at the cost of one extra pass).</summary>
    public static AdaptedData Load(string path, IReadOnlyList<string>? tabs = null)
    {
        var source = new CsvRowSource(path);
        tabs ??= DistinctValues(source, "tab");
        return new AdaptedData(SchemaFor(CsvHeader.Read(path), tabs), source);
    }

    private static IReadOnlyList<string> DistinctValues(CsvRowSource source, string column)
    {
        var values = new SortedSet<string>(StringComparer.Ordinal);
        using var cursor = source.Open([column]);
        while (cursor.MoveNext())
        {
            if (cursor.Defect is null)
            {
                values.Add(cursor.Current.Text(0).Trim().ToString());
            }
        }

        return [.. values];
    }
}

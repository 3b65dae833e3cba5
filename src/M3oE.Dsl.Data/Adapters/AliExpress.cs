using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Data.Csv;
using M3oE.Dsl.Data.Rows;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.Adapters;

/// <summary>
/// The AliExpress data in the layout of multi-task benchmarks: one CSV per country, columns
/// <c>categorical_1..16</c> (sparse ids), <c>numerical_1..63</c> (already scaled, read as they are),
/// <c>click</c> and <c>conversion</c> (the two tasks). The country of the file is the domain.
/// </summary>
public static class AliExpress
{
    /// <summary>The schema for the given countries, in domain order.</summary>
    public static DataSchema SchemaFor(IReadOnlyList<string> countries)
    {
        var features = new List<FeatureSpec>();
        for (var i = 1; i <= 16; i++)
        {
            features.Add(SparseFeature.Of("categorical_" + i, VocabularySpec.FromData()));
        }

        for (var i = 1; i <= 63; i++)
        {
            features.Add(DenseFeature.Of("numerical_" + i));
        }

        return new DataSchema(
            features,
            ColumnDomainSpec.PerValue("country", [.. countries]),
            [new TaskSpec("click", "click"), new TaskSpec("conversion", "conversion")]
        );
    }

    /// <summary>One file per country, all rows in one source to be split by ratio.</summary>
    public static AdaptedData Load(IReadOnlyList<(string Country, string Path)> files)
    {
        var countries = files.Select(f => f.Country).Distinct().ToArray();
        var sources = files
            .Select(f => (IRowSource)new ConstantColumnSource(new CsvRowSource(f.Path), "country", f.Country))
            .ToArray();
        return new AdaptedData(SchemaFor(countries), new ConcatenatedRowSource(sources));
    }

    /// <summary>The published train and test files of one or more countries (train files train, test files
    /// test).</summary>
    public static AdaptedData LoadSplit(IReadOnlyList<(string Country, string Train, string Test)> files)
    {
        var countries = files.Select(f => f.Country).Distinct().ToArray();
        IRowSource Source(string country, string path) =>
            new ConstantColumnSource(new CsvRowSource(path), "country", country);
        return new AdaptedData(
            SchemaFor(countries),
            new ConcatenatedRowSource(files.Select(f => Source(f.Country, f.Train)).ToArray()),
            Test: new ConcatenatedRowSource(files.Select(f => Source(f.Country, f.Test)).ToArray())
        );
    }
}

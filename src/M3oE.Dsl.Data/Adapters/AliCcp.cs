using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Data.Csv;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.Adapters;

/// <summary>
/// Ali-CCP in the layout of the multi-domain benchmarks: column <c>301</c> is the domain (1, 2, 3),
/// <c>click</c> and <c>purchase</c> are the tasks, columns starting with <c>D</c> are dense and every other
/// column is a categorical id. The schema is derived from the header of the training file.
/// </summary>
public static class AliCcp
{
    /// <summary>The domain column.</summary>
    public const string DomainColumn = "301";

    /// <summary>The schema for a file with the given header.</summary>
    public static DataSchema SchemaFor(IReadOnlyList<string> header)
    {
        var features = new List<FeatureSpec>();
        foreach (var column in header.Where(c => c is not ("click" or "purchase" or DomainColumn)))
        {
            features.Add(
                column.StartsWith('D') ? DenseFeature.Of(column) : SparseFeature.Of(column, VocabularySpec.FromData())
            );
        }

        return new DataSchema(
            features,
            new ColumnDomainSpec(
                DomainColumn,
                [new DomainValues("d1", ["1"]), new DomainValues("d2", ["2"]), new DomainValues("d3", ["3"])]
            ),
            [new TaskSpec("click", "click"), new TaskSpec("purchase", "purchase")]
        );
    }

    /// <summary>The published train, validation and test files; validation and test may be absent.</summary>
    public static AdaptedData Load(string train, string? validation = null, string? test = null) =>
        new(
            SchemaFor(CsvHeader.Read(train)),
            new CsvRowSource(train),
            validation is null ? null : new CsvRowSource(validation),
            test is null ? null : new CsvRowSource(test)
        );
}

using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Data.Batches;
using M3oE.Dsl.Data.Csv;
using M3oE.Dsl.Data.Encoders;
using M3oE.Dsl.Data.FeatureMaps;
using M3oE.Dsl.Data.Parquet;
using M3oE.Dsl.Data.Quality;
using M3oE.Dsl.Data.Rows;
using M3oE.Dsl.Data.Schema;
using M3oE.Dsl.Data.Splits;

namespace M3oE.Dsl.Data;

/// <summary>
/// A schema bound to its rows: one source divided by a <see cref="SplitSpec"/>, or one source per split.
/// <see cref="Fit"/> reads everything once, checks every row and learns the feature map from the training
/// rows; <see cref="Stream"/> and <see cref="Load"/> then give the batch sources of each split.
/// </summary>
public sealed class DataSet
{
    private readonly IReadOnlyList<SourcePart> _parts;
    private readonly string[] _columns;
    private readonly Dictionary<IRowSource, long> _sourceRowCounts = [];
    private Dictionary<DataSplit, long>? _rowCounts;

    private DataSet(DataSchema schema, IReadOnlyList<SourcePart> parts, DataOptions options)
    {
        if (options.BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The batch size must be at least 1.");
        }

        Schema = schema;
        Options = options;
        _parts = parts;
        var splitColumns = parts.Any(p => p.Split is null) ? options.Split.Columns : [];
        _columns = schema.Columns.Concat(splitColumns).Distinct(StringComparer.Ordinal).ToArray();
    }

    public DataSchema Schema { get; }

    public DataOptions Options { get; }

    /// <summary>The columns read from the sources: the schema's, then the split's.</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>The rows skipped by the last <see cref="Fit"/>; empty under
    /// <see cref="BadRowPolicy.Error"/>.</summary>
    public BadRowReport? FitReport { get; private set; }

    /// <summary>The number of good rows of each split, known after <see cref="Fit"/>.</summary>
    public IReadOnlyDictionary<DataSplit, long>? RowCounts => _rowCounts;

    /// <summary>A delimited file divided by <see cref="DataOptions.Split"/>.</summary>
    public static DataSet FromCsv(
        DataSchema schema,
        string path,
        DataOptions? options = null,
        CsvFormat? format = null
    ) => FromSource(schema, new CsvRowSource(path, format), options);

    /// <summary>A Parquet file divided by <see cref="DataOptions.Split"/>.</summary>
    public static DataSet FromParquet(DataSchema schema, string path, DataOptions? options = null) =>
        FromSource(schema, new ParquetRowSource(path), options);

    /// <summary>Any row source divided by <see cref="DataOptions.Split"/>.</summary>
    public static DataSet FromSource(DataSchema schema, IRowSource source, DataOptions? options = null) =>
        new(schema, [new SourcePart(source, null)], options ?? new DataOptions());

    /// <summary>One source per split (for data published as separate train, validation and test files).</summary>
    public static DataSet FromSplitSources(
        DataSchema schema,
        IRowSource train,
        IRowSource? validation,
        IRowSource? test,
        DataOptions? options = null
    )
    {
        var parts = new List<SourcePart> { new(train, DataSplit.Train) };
        if (validation is not null)
        {
            parts.Add(new SourcePart(validation, DataSplit.Validation));
        }

        if (test is not null)
        {
            parts.Add(new SourcePart(test, DataSplit.Test));
        }

        return new DataSet(schema, parts, options ?? new DataOptions());
    }

    /// <summary>
    /// Reads every row of every split once: checks it (a bad row is an error, or is skipped and reported,
    /// as <see cref="DataOptions.BadRows"/> says) and learns vocabularies, quantile boundaries and
    /// normalisation statistics from the training rows only. Nothing is returned until the whole pass
    /// succeeded.
    /// </summary>
    public FeatureMap Fit()
    {
        var parser = new RowParser(Schema);
        var parsed = parser.NewRow();
        var fitter = new FeatureMapFitter(Schema, Options.Seed);
        var report = new BadRowReport(Options.MaxListedBadRows);
        var counts = new Dictionary<DataSplit, long>
        {
            [DataSplit.Train] = 0,
            [DataSplit.Validation] = 0,
            [DataSplit.Test] = 0,
        };

        foreach (var (row, split) in GoodRows(null, parser, parsed, report))
        {
            counts[split]++;
            if (split == DataSplit.Train)
            {
                fitter.Add(row, parsed);
            }
        }

        if (counts[DataSplit.Train] == 0)
        {
            throw new InvalidOperationException(
                $"The training split of {Description} has no rows; check the split ratios and the bad-row report."
            );
        }

        FitReport = report;
        _rowCounts = counts;
        return fitter.Build(counts[DataSplit.Train]);
    }

    /// <summary>
    /// Batches of <paramref name="split"/>, streamed from the source on every epoch. The training split is
    /// shuffled through a buffer of <see cref="DataOptions.ShuffleBuffer"/> rows seeded by the seed and the
    /// epoch; the others come in source order.
    /// </summary>
    public StreamingBatchSource Stream(DataSplit split, FeatureMap map)
    {
        CheckMap(map);
        var shuffle = split == DataSplit.Train && Options.ShuffleTraining && Options.ShuffleBuffer > 1;
        return new StreamingBatchSource(this, split, map, shuffle, _rowCounts?[split]);
    }

    /// <summary>
    /// Batches of <paramref name="split"/> encoded once into memory (about 8 bytes per sparse and sequence
    /// id and 4 per dense value and label); the training split is shuffled anew each epoch.
    /// </summary>
    public InMemoryBatchSource Load(DataSplit split, FeatureMap map)
    {
        CheckMap(map);
        var streaming = new StreamingBatchSource(this, split, map, false, _rowCounts?[split]);
        var rows = streaming.EncodeAll();
        var shuffle = split == DataSplit.Train && Options.ShuffleTraining;
        return new InMemoryBatchSource(rows, Options.BatchSize, shuffle, Options.Seed);
    }

    internal string Description => string.Join(" + ", _parts.Select(p => p.Source.Description));

    /// <summary>
    /// The good rows of one pass with their split, restricted to <paramref name="only"/> when given. Bad
    /// rows throw or go to <paramref name="report"/>; <paramref name="parsed"/> holds the numbers of the
    /// current row.
    /// </summary>
    internal IEnumerable<(IRowView Row, DataSplit Split)> GoodRows(
        DataSplit? only,
        RowParser parser,
        ParsedRow parsed,
        BadRowReport report
    )
    {
        foreach (var part in _parts)
        {
            if (only is { } wanted && part.Split is { } fixedSplit && fixedSplit != wanted)
            {
                continue;
            }

            var assigner = part.Split is { } split
                ? SplitAssigner.All(split)
                : SplitAssigner.Create(Options.Split, Slot, () => SourceRowCount(part.Source));
            using var cursor = part.Source.Open(_columns);
            while (cursor.MoveNext())
            {
                var row = cursor.Current;
                if (cursor.Defect is { } defect)
                {
                    Bad(defect, report);
                    continue;
                }

                var rowSplit = assigner.Assign(row);
                if (only is { } onlySplit && rowSplit != onlySplit)
                {
                    continue;
                }

                if (!parser.TryParse(row, parsed, out var problem))
                {
                    Bad(problem.At(cursor.SourceName, row.Line), report);
                    continue;
                }

                yield return (row, rowSplit);
            }
        }
    }

    private void Bad(BadRow row, BadRowReport report)
    {
        if (Options.BadRows == BadRowPolicy.Error)
        {
            throw new DataFormatException(row);
        }

        report.Add(row);
    }

    private int Slot(string column) => Array.IndexOf(_columns, column);

    private long SourceRowCount(IRowSource source)
    {
        if (!_sourceRowCounts.TryGetValue(source, out var count))
        {
            using var cursor = source.Open(_columns);
            while (cursor.MoveNext())
            {
                count++;
            }

            _sourceRowCounts[source] = count;
        }

        return count;
    }

    private void CheckMap(FeatureMap map)
    {
        if (map.SchemaHash != Schema.Hash)
        {
            var difference = FeatureMapJson.Difference(FeatureMapDocumentOf(map), Schema)
                ?? ("the schema hash differs", null);
            throw new FeatureMapMismatchException(
                $"The feature map was built for a different schema: {difference.Message}.",
                difference.Column
            );
        }
    }

    private static FeatureMapDocument FeatureMapDocumentOf(FeatureMap map) =>
        System.Text.Json.JsonSerializer.Deserialize<FeatureMapDocument>(map.ToJson(), FeatureMapJson.Options)!;

    private sealed record SourcePart(IRowSource Source, DataSplit? Split);
}

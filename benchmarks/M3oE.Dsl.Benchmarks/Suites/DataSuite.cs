using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using M3oE.Dsl.Benchmarks.Statistics;
using M3oE.Dsl.Benchmarks.Workloads;
using M3oE.Dsl.Data;
using M3oE.Dsl.Data.Splits;
using M3oE.Dsl.Data.Synthetic;
using TorchSharp;

namespace M3oE.Dsl.Benchmarks.Suites;

/// <summary>
/// Rows per second of the data layer reading a CSV and a Parquet file into tensors (the training split,
/// streamed and shuffled with the spec's data options, through the generated data type) against the training
/// rows per second of the same spec's generated model, in interleaved repetitions.
/// </summary>
public static class DataSuite
{
    public const string Part = "data";

    public static void Run(BenchContext context)
    {
        var options = context.Options;
        var generated = context.Synthetic;
        var folder = Path.Combine(options.WorkFolder, "data");
        Directory.CreateDirectory(folder);
        var csv = Path.Combine(folder, "rows.csv");
        var parquet = Path.Combine(folder, "rows.parquet");
        try
        {
            context.Progress($"data: writing {options.DataRows} rows as CSV and Parquet");
            var writer = new SyntheticGenerator();
            writer.WriteCsv(csv, options.DataRows);
            writer.WriteParquet(parquet, options.DataRows);
            Measure(context, generated, csv, parquet);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Measure(BenchContext context, Hosting.IGeneratedModel generated, string csv, string parquet)
    {
        var options = context.Options;
        var dataOptions = generated.CreateDataOptions();
        var csvData = generated.FromCsv(csv, dataOptions);
        var map = csvData.Fit();
        var parquetData = generated.FromParquet(parquet, dataOptions);
        parquetData.Fit();

        // the model trains on the first batch of the loader, repeated
        using var batch = csvData.Stream(DataSplit.Train, map).Batches(0).First();
        torch.manual_seed(options.Seed);
        using var module = generated.CreateModel(map);
        var training = new GeneratedTraining(generated, module, batch);
        var steps = options.Steps * 2;
        training.StepsPerSecond(batch, 3);

        var csvRates = new List<double>();
        var parquetRates = new List<double>();
        var trainRates = new List<double>();
        for (var r = 0; r < options.Repeats; r++)
        {
            csvRates.Add(RowsPerSecond(csvData, map));
            parquetRates.Add(RowsPerSecond(parquetData, map));
            trainRates.Add(training.StepsPerSecond(batch, steps) * batch.Count);
        }

        var csvRate = Percentiles.Median(csvRates);
        var trainRate = Percentiles.Median(trainRates);
        context.Progress($"data: CSV {csvRate:F0} rows/s, training {trainRate:F0} rows/s");
        var report = context.Report;
        report.Add(Part, "rows", "rows per file", options.DataRows);
        report.Add(Part, "batch", "batch rows (the spec's)", batch.Count);
        report.Add(Part, "csv_rows_per_s", "CSV into tensors: rows/s", Summary.Of(csvRates), "rows/s");
        report.Add(Part, "parquet_rows_per_s", "Parquet into tensors: rows/s", Summary.Of(parquetRates), "rows/s");
        report.Add(Part, "training_rows_per_s", "training: rows/s", Summary.Of(trainRates), "rows/s");
        report.Add(Part, "csv_over_training", "CSV loader / training", csvRate / trainRate);
        report.Add(
            Part,
            "parquet_over_training",
            "Parquet loader / training",
            Percentiles.Median(parquetRates) / trainRate
        );
        if (context.SpecTrainingRowsPerSecond is { } specRate)
        {
            report.Add(Part, "csv_over_spec_training", "CSV loader / training of the main spec", csvRate / specRate);
        }
    }

    private static double RowsPerSecond(DataSet data, Data.FeatureMaps.FeatureMap map)
    {
        var watch = Stopwatch.StartNew();
        long rows = 0;
        foreach (var batch in data.Stream(DataSplit.Train, map).Batches(0))
        {
            rows += batch.Count;
            batch.Dispose();
        }

        return rows / watch.Elapsed.TotalSeconds;
    }
}

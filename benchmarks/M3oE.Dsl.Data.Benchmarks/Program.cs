using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using M3oE.Dsl.Data;
using M3oE.Dsl.Data.Benchmarks;
using M3oE.Dsl.Data.Splits;
using M3oE.Dsl.Data.Synthetic;
using nietras.SeparatedValues;
using TorchSharp;

// Data loading throughput and memory: generates a synthetic file, then reads it as a plain Sep parse,
// as CSV into tensors and as Parquet into tensors, printing rows per second and the peak resident memory
// of each phase.
var culture = CultureInfo.InvariantCulture;
long rows = 5_000_000;
var batchSize = 4096;
var shuffleBuffer = 65_536;
string? folder = null;
for (var i = 0; i < args.Length - 1; i++)
{
    switch (args[i])
    {
        case "--rows":
            rows = long.Parse(args[++i], culture);
            break;
        case "--batch":
            batchSize = int.Parse(args[++i], culture);
            break;
        case "--shuffle-buffer":
            shuffleBuffer = int.Parse(args[++i], culture);
            break;
        case "--folder":
            folder = args[++i];
            break;
    }
}

folder ??= Path.Combine(Path.GetTempPath(), "m3oe-data-benchmark");
Directory.CreateDirectory(folder);
var csv = Path.Combine(folder, "synthetic.csv");
var parquet = Path.Combine(folder, "synthetic.parquet");
var generator = new SyntheticGenerator();
var options = new DataOptions
{
    BatchSize = batchSize,
    ShuffleBuffer = shuffleBuffer,
    Split = SplitSpec.Ratio(1, 0, 0),
};
torch.set_num_threads(1);

Console.WriteLine(
    string.Create(
        culture,
        $"rows {rows:N0}, batch {batchSize:N0}, shuffle buffer {shuffleBuffer:N0}, {Environment.ProcessorCount} cores"
    )
);

Measure("write CSV", () =>
{
    generator.WriteCsv(csv, rows);
    return rows;
});
Measure("write Parquet", () =>
{
    generator.WriteParquet(parquet, rows);
    return rows;
});
Console.WriteLine(
    string.Create(
        culture,
        $"file sizes: CSV {new FileInfo(csv).Length / 1048576.0:F0} MiB, "
            + $"Parquet {new FileInfo(parquet).Length / 1048576.0:F0} MiB"
    )
);

Measure("plain Sep parse of the CSV", () => PlainParse(csv));
Measure("CSV fit (one pass: checks, vocabularies, statistics)", () =>
    DataSet.FromCsv(generator.Schema, csv, options).Fit().TrainingRows
);
var csvData = DataSet.FromCsv(generator.Schema, csv, options);
var csvMap = csvData.Fit();
Measure("CSV into tensors (streamed, shuffled)", () => Stream(csvData.Stream(DataSplit.Train, csvMap)));
var parquetData = DataSet.FromParquet(generator.Schema, parquet, options);
var parquetMap = parquetData.Fit();
Measure("Parquet into tensors (streamed, shuffled)", () => Stream(parquetData.Stream(DataSplit.Train, parquetMap)));

void Measure(string name, Func<long> action)
{
    var reset = PeakMemory.Reset();
    var watch = Stopwatch.StartNew();
    var count = action();
    watch.Stop();
    var rate = count / watch.Elapsed.TotalSeconds;
    var note = reset ? string.Empty : " (process peak)";
    var peak = PeakMemory.MiB();
    Console.WriteLine(
        string.Create(
            culture,
            $"{name, -54} {watch.Elapsed.TotalSeconds, 7:F2} s  {rate, 12:N0} rows/s  peak {peak, 7:F0} MiB{note}"
        )
    );
}

long PlainParse(string path)
{
    using var reader = Sep.Reader().FromFile(path);
    long count = 0;
    double checksum = 0;
    foreach (var row in reader)
    {
        for (var c = 0; c < row.ColCount; c++)
        {
            checksum += row[c].Parse<double>();
        }

        count++;
    }

    GC.KeepAlive(checksum);
    return count;
}

long Stream(M3oE.Dsl.Data.Batches.StreamingBatchSource source)
{
    long count = 0;
    foreach (var batch in source.Batches(0))
    {
        count += batch.Count;
        batch.Dispose();
    }

    return count;
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace M3oE.Dsl.Cli.Tests.Infrastructure;

/// <summary>Reads what the commands write: summaries, prediction files and data files.</summary>
internal static class RunFiles
{
    public static JsonDocument Summary(string run) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "summary.json")));

    /// <summary>The header and the rows of a prediction file, each row its domain and its probabilities.</summary>
    public static (string[] Header, List<(string Domain, double[] Probabilities)> Rows) Predictions(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var rows = lines
            .Skip(1)
            .Select(line => line.Split(','))
            .Select(cells =>
                (cells[0], cells.Skip(1).Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray())
            )
            .ToList();
        return (header, rows);
    }

    /// <summary>The number of data rows of a CSV file with a header line.</summary>
    public static int CsvRows(string path) => File.ReadLines(path).Skip(1).Count(l => l.Length > 0);

    /// <summary>The last line of <paramref name="output"/> parsed as JSON.</summary>
    public static JsonDocument LastJsonLine(string output) =>
        JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
}

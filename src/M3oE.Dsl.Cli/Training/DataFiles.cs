using System.IO;
using M3oE.Dsl.Data;
using M3oE.Dsl.Data.Adapters;

namespace M3oE.Dsl.Cli.Training;

/// <summary>
/// What <c>--data</c> may name: a <c>.csv</c> or <c>.parquet</c> file, read through the generated data type, or a
/// folder of a published data set in its original layout (MovieLens 100K or 1M), read through its adapter into
/// the spec's schema.
/// </summary>
internal static class DataFiles
{
    /// <summary>"csv", "parquet", "ml-100k", "ml-1m", or null when <paramref name="path"/> is none of these.</summary>
    public static string? Format(string path)
    {
        if (Directory.Exists(path))
        {
            return File.Exists(Path.Combine(path, "u.data")) ? "ml-100k"
                : File.Exists(Path.Combine(path, "ratings.dat")) ? "ml-1m"
                : null;
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => "csv",
            ".parquet" => "parquet",
            _ => null,
        };
    }

    /// <summary>The data set of <paramref name="path"/>; <paramref name="options"/> default to the spec's.</summary>
    public static DataSet Open(GeneratedModel generated, string path, DataOptions? options = null) =>
        Format(path) switch
        {
            "parquet" => generated.FromParquet(path, options),
            "ml-100k" => DataSet.FromSource(
                generated.Schema,
                MovieLens.Load100K(path).Source,
                options ?? generated.CreateDataOptions()
            ),
            "ml-1m" => DataSet.FromSource(
                generated.Schema,
                MovieLens.Load1M(path).Source,
                options ?? generated.CreateDataOptions()
            ),
            _ => generated.FromCsv(path, options),
        };

    /// <summary>One line saying why <paramref name="path"/> cannot be read, or null when it can be tried.</summary>
    public static string? Problem(string path) =>
        Directory.Exists(path)
            ? Format(path) is null
                ? $"the folder '{path}' holds neither MovieLens 100K (u.data) nor MovieLens 1M (ratings.dat);"
                    + " pass a .csv or .parquet file or such a folder."
                : null
            : !File.Exists(path)
                ? $"the data file '{path}' does not exist."
                : Format(path) is null
                    ? $"'{path}' is neither a .csv nor a .parquet file."
                    : null;
}

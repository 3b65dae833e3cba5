using System.IO;
using System.Text;

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>Where an experiment keeps the files of its runs.</summary>
internal static class ExperimentPaths
{
    /// <summary>A name reduced to lower-case letters, digits and single dashes.</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var character in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(character) || character == '.')
            {
                slug.Append(character);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }

    /// <summary>The results file of one run: <c>OUTPUT/MODEL/POINT/seed-N.json</c>.</summary>
    public static string Result(string output, ExperimentModel model, GridPoint point, int seed) =>
        Path.Combine(output, model.Key, point.Key, $"seed-{seed}.json");

    /// <summary>The test predictions written beside a results file.</summary>
    public static string Predictions(string resultPath) => Path.ChangeExtension(resultPath, null) + ".predictions.csv";
}

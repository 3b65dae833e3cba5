using System.IO;
using System.Linq;
using M3oE.Dsl.Cli.Training;
using M3oE.Dsl.Data.Synthetic;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Cli.Synthetic;

/// <summary>
/// The rows <c>train</c> and <c>search</c> use without <c>--data</c>: those of the synthetic generator of the data
/// layer when the spec reads only its columns (its generative process is documented in docs/data.md), otherwise
/// rows made for the spec's own columns and rules by <see cref="SpecRows"/>.
/// </summary>
internal static class SyntheticData
{
    /// <summary>Writes <paramref name="rows"/> rows to <paramref name="path"/> (through a temporary file) and says
    /// which generator made them.</summary>
    public static string Write(ModelSpec model, int seed, int rows, string path)
    {
        var temporary = path + ".tmp";
        var generator = new SyntheticGenerator(new SyntheticSettings { Seed = seed });
        string source;
        if (SpecColumns.Read(model).All(generator.Columns.Contains))
        {
            generator.WriteCsv(temporary, rows);
            source = "the synthetic generator";
        }
        else
        {
            new SpecRows(model, seed).WriteCsv(temporary, rows);
            source = "rows generated for the spec's columns and rules";
        }

        File.Move(temporary, path, overwrite: true);
        return source;
    }
}

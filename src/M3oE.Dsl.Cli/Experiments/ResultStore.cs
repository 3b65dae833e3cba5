using System.IO;
using System.Text.Json;

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>The results files of an experiment on disk.</summary>
internal static class ResultStore
{
    /// <summary>The results of one run, or null when it has not run; a damaged file is an error.</summary>
    public static RunResult? TryRead(ExperimentFile file, ExperimentModel model, GridPoint point, int seed)
    {
        var path = ExperimentPaths.Result(file.Output, model, point, seed);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return RunResult.Read(path);
        }
        catch (JsonException exception)
        {
            throw new ExperimentFileException(
                $"the results file '{path}' is damaged ({exception.Message}); delete it to run it again."
            );
        }
    }
}

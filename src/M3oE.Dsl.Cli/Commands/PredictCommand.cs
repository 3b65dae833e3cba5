using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using M3oE.Dsl.Cli.Infrastructure;
using M3oE.Dsl.Cli.Training;
using M3oE.Dsl.Data.FeatureMaps;
using M3oE.Dsl.Data.Quality;
using M3oE.Dsl.Data.Splits;
using Spectre.Console;
using Spectre.Console.Cli;
using TorchSharp;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>
/// <c>m3oec predict RUN --data PATH --out FILE</c>: scores every row of a data file with a trained run and
/// writes, in input order, each row's domain and one probability per task.
/// </summary>
public sealed class PredictCommand : Command<PredictSettings>
{
    /// <summary>How far from 0 and 1 a written probability stays, so that every one lies strictly inside.</summary>
    private const double Margin = 1e-7;

    private readonly CliConsole _console;

    public PredictCommand(CliConsole console)
    {
        _console = console;
    }

    public override int Execute(CommandContext context, PredictSettings settings, CancellationToken cancellationToken)
    {
        var data = settings.Data!;
        var output = settings.Out!;
        if (DataFiles.Problem(data) is { } problem)
        {
            _console.Error.WriteLine("m3oec: " + problem);
            return ExitCodes.SpecOrDataErrors;
        }

        var temporary = output + ".tmp";
        try
        {
            using var run = TrainedRun.Load(settings.Run, _console);
            var rows = Write(run, data, temporary, cancellationToken);
            File.Move(temporary, output, overwrite: true);
            _console.Ansi.WriteLine($"{rows} rows scored; predictions written to {output}");
            return ExitCodes.Ok;
        }
        catch (Exception exception)
            when (exception
                    is RunFolderException
                        or DataFormatException
                        or FeatureMapMismatchException
                        or FormatException
                        or IOException
                        or UnauthorizedAccessException
            )
        {
            _console.Error.WriteLine("m3oec: " + exception.Message);
            return ExitCodes.SpecOrDataErrors;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static long Write(TrainedRun run, string data, string path, CancellationToken cancellationToken)
    {
        var domains = run.Map.DomainNames;
        var source = run.AllRows(data).Stream(DataSplit.Train, run.Map);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write("domain");
        foreach (var task in run.Map.TaskNames)
        {
            writer.Write(',');
            writer.Write(task);
        }

        writer.Write('\n');
        long rows = 0;
        var line = new StringBuilder();
        run.Model.eval();
        using (torch.no_grad())
        {
            foreach (var batch in source.Batches(0))
            {
                cancellationToken.ThrowIfCancellationRequested();
                using (batch)
                using (torch.NewDisposeScope())
                {
                    var probabilities = run.Model.Predict(batch).to_type(torch.ScalarType.Float64);
                    var values = probabilities.data<double>().ToArray();
                    var indices = batch.Domain.data<long>().ToArray();
                    var tasks = (int)probabilities.shape[1];
                    for (var row = 0; row < indices.Length; row++)
                    {
                        line.Clear();
                        line.Append(domains[(int)indices[row]]);
                        foreach (var value in values.Skip(row * tasks).Take(tasks))
                        {
                            var kept = Math.Clamp(value, Margin, 1 - Margin);
                            line.Append(',').Append(kept.ToString("R", CultureInfo.InvariantCulture));
                        }

                        writer.Write(line.Append('\n'));
                    }

                    rows += indices.Length;
                }
            }
        }

        return rows;
    }
}

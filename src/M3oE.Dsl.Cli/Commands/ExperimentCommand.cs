using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using M3oE.Dsl.Cli.Experiments;
using M3oE.Dsl.Cli.Infrastructure;
using M3oE.Dsl.Data.FeatureMaps;
using M3oE.Dsl.Data.Quality;
using Spectre.Console;
using Spectre.Console.Cli;
using TorchSharp;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>
/// <c>m3oec experiment FILE</c>: trains every model of an experiment file with the same tuning grid and seeds,
/// writes a results file and the test predictions of every run, skips runs already on disk, and writes the
/// Markdown report from the results files.
/// </summary>
public sealed class ExperimentCommand : Command<ExperimentSettings>
{
    private readonly CliConsole _console;

    public ExperimentCommand(CliConsole console)
    {
        _console = console;
    }

    public override int Execute(
        CommandContext context,
        ExperimentSettings settings,
        CancellationToken cancellationToken
    )
    {
        try
        {
            var file = Adjust(ExperimentFileReader.Read(settings.File), settings);
            if (!settings.ReportOnly)
            {
                var runner = new ExperimentRunner(file, _console, settings.Quiet);
                var models = runner.Prepare();
                if (models is null)
                {
                    return ExitCodes.SpecOrDataErrors;
                }

                var previousThreads = torch.get_num_threads();
                if (file.Threads is { } threads)
                {
                    torch.set_num_threads(threads);
                }

                var clock = Stopwatch.StartNew();
                try
                {
                    runner.Run(models, cancellationToken);
                }
                finally
                {
                    torch.set_num_threads(previousThreads);
                }

                if (!settings.Quiet)
                {
                    _console.Ansi.WriteLine($"experiment finished in {clock.Elapsed.TotalMinutes:F1} min");
                }
            }

            var report = ExperimentReport.Build(file, CommandLine(settings));
            var directory = Path.GetDirectoryName(Path.GetFullPath(file.Report));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllText(file.Report + ".tmp", report, new UTF8Encoding(false));
            File.Move(file.Report + ".tmp", file.Report, overwrite: true);
            if (!settings.Quiet)
            {
                _console.Ansi.WriteLine($"report written to {file.Report}");
            }

            return ExitCodes.Ok;
        }
        catch (Exception exception)
            when (exception
                    is ExperimentFileException
                        or DataFormatException
                        or FeatureMapMismatchException
                        or IOException
                        or UnauthorizedAccessException
            )
        {
            _console.Error.WriteLine("m3oec: " + exception.Message);
            return ExitCodes.SpecOrDataErrors;
        }
    }

    /// <summary>The file as this invocation runs it: quick mode, a subset of models, other output paths.</summary>
    private static ExperimentFile Adjust(ExperimentFile file, ExperimentSettings settings)
    {
        if (settings.Models is { } names)
        {
            var wanted = names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = wanted.Where(n => file.Models.All(m => m.Name != n)).ToList();
            if (unknown.Count > 0)
            {
                throw new ExperimentFileException(
                    $"{file.Path}: --models names {string.Join(", ", unknown.Select(n => $"'{n}'"))}, which the "
                        + $"file does not list; it lists {string.Join(", ", file.Models.Select(m => $"'{m.Name}'"))}."
                );
            }

            file = file with { Models = file.Models.Where(m => wanted.Contains(m.Name)).ToList() };
        }

        if (settings.Quick)
        {
            var output = settings.Out ?? file.Output.TrimEnd('/', '\\') + "-quick";
            file = file with
            {
                Seeds = [file.Seeds[0]],
                Epochs = 1,
                Grid = [file.Grid[0]],
                Output = output,
                Report = Path.Combine(output, "results.md"),
            };
        }

        if (settings.Out is { } folder)
        {
            file = file with { Output = Path.GetFullPath(folder) };
            if (settings.Quick)
            {
                file = file with { Report = Path.Combine(file.Output, "results.md") };
            }
        }

        return settings.Report is { } report ? file with { Report = Path.GetFullPath(report) } : file;
    }

    private static string CommandLine(ExperimentSettings settings)
    {
        var parts = new List<string>
        {
            "dotnet run -c Release --project src/M3oE.Dsl.Cli -- experiment",
            settings.File,
        };
        if (settings.Quick)
        {
            parts.Add("--quick");
        }

        if (settings.Models is { } models)
        {
            parts.Add($"--models \"{models}\"");
        }

        if (settings.Out is { } output)
        {
            parts.Add($"--out {output}");
        }

        if (settings.Report is { } report)
        {
            parts.Add($"--report {report}");
        }

        return string.Join(" ", parts);
    }
}

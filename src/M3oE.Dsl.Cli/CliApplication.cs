using System;
using System.Linq;
using System.Threading;
using M3oE.Dsl.Cli.Commands;
using M3oE.Dsl.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli;

/// <summary>Builds the <c>m3oec</c> command tree and runs it against a console, so that tests can run it too.</summary>
public static class CliApplication
{
    public static int Run(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        console.Verbose = args.Contains("--verbose");
        var arguments = args.Where(a => a != "--verbose").ToArray();

        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(CliConsole), console);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("m3oec");
            config.Settings.Console = console.Ansi;
            config.SetHelpProvider(new ExitCodeHelpProvider(config.Settings));
            config.PropagateExceptions();

            config
                .AddCommand<NewCommand>("new")
                .WithDescription("Write a new spec: a commented template, or one guessed from a CSV file's columns.")
                .WithExample("new", "shop", "--from-csv", "shop.csv");
            config
                .AddCommand<CheckCommand>("check")
                .WithDescription("Parse and check specs; print diagnostics in MSBuild form.")
                .WithExample("check", "'samples/**/*.m3oe'");
            config
                .AddCommand<FormatCommand>("fmt")
                .WithDescription("Rewrite specs in the canonical layout, or with --check list those that are not.")
                .WithExample("fmt", "--check", "samples");
            config
                .AddCommand<CompileCommand>("compile")
                .WithDescription("Write the C# the source generator produces for each model of the specs.")
                .WithExample("compile", "samples/movielens/m3oe.m3oe", "--out", "generated");
            config
                .AddCommand<TrainCommand>("train")
                .WithDescription("Train a spec's model on a data file or synthetic rows; write a run folder.")
                .WithExample("train", "samples/synthetic/m3oe.m3oe", "--epochs", "2");
            config
                .AddCommand<SearchCommand>("search")
                .WithDescription("Search a spec's spaces and fusion weights; write the winner as a concrete spec.")
                .WithExample("search", "samples/synthetic/search.m3oe", "--epochs", "2");
            config
                .AddCommand<EvalCommand>("eval")
                .WithDescription("Evaluate a trained run on a data file or its own split; print AUC and log loss.")
                .WithExample("eval", "runs/synthetic", "--data", "rows.csv");
            config
                .AddCommand<PredictCommand>("predict")
                .WithDescription("Score every row of a data file with a trained run; write a CSV of probabilities.")
                .WithExample("predict", "runs/synthetic", "--data", "rows.csv", "--out", "predictions.csv");
            config
                .AddCommand<ReportCommand>("report")
                .WithDescription(
                    "Draw a run's learning curves, AUC heat map and gate use as PNGs with a markdown summary."
                )
                .WithExample("report", "runs/synthetic");
            config
                .AddCommand<ExperimentCommand>("experiment")
                .WithDescription("Train specs over seeds with one tuning grid; write every run's results and a report.")
                .WithExample("experiment", "samples/movielens/experiment.json");
            config
                .AddCommand<BenchCommand>("bench")
                .WithDescription("Measure training, inference, data loading, generation and memory; print a table.")
                .WithExample("bench", "--quick", "--json");
        });

        try
        {
            return app.Run(arguments, cancellationToken);
        }
        catch (CommandParseException exception)
        {
            console.Error.WriteLine("m3oec: " + exception.Message);
            return ExitCodes.CheckFailed;
        }
        catch (CommandRuntimeException exception)
        {
            console.Error.WriteLine("m3oec: " + exception.Message);
            return ExitCodes.CheckFailed;
        }
        catch (Exception exception)
        {
            console.Error.WriteLine("m3oec: internal error: " + exception.Message);
            console.Error.WriteLine(
                console.Verbose ? exception.ToString() : "Run again with --verbose to see the details."
            );
            return ExitCodes.InternalError;
        }
    }
}

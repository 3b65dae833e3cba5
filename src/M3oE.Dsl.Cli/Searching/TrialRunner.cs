using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using M3oE.Dsl.Cli.Infrastructure;
using M3oE.Dsl.Cli.Progress;
using M3oE.Dsl.Cli.Training;
using M3oE.Dsl.Data.FeatureMaps;
using M3oE.Dsl.Data.Quality;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Language.Semantics;

namespace M3oE.Dsl.Cli.Searching;

/// <summary>
/// Trains one point of a search: the spec text with the point's choices written in, compiled, emitted and
/// trained like <c>m3oec train</c> would, into its own run folder.
/// </summary>
internal sealed class TrialRunner
{
    private readonly string _text;
    private readonly string _relative;
    private readonly string _specPath;
    private readonly ModelSpec _model;
    private readonly string _dataPath;
    private readonly string _folder;
    private readonly SearchMetric _metric;
    private readonly int _seed;
    private readonly CliConsole _console;

    public TrialRunner(
        string text,
        string relative,
        string specPath,
        ModelSpec model,
        string dataPath,
        string folder,
        SearchMetric metric,
        int seed,
        CliConsole console
    )
    {
        _text = text;
        _relative = relative;
        _specPath = specPath;
        _model = model;
        _dataPath = dataPath;
        _folder = folder;
        _metric = metric;
        _seed = seed;
        _console = console;
    }

    /// <summary>The spec text of <paramref name="candidate"/>.</summary>
    public string ConcreteText(Candidate candidate) => ConcreteSpec.Apply(_text, _model.Spaces, candidate);

    /// <summary>
    /// Trains <paramref name="candidate"/> for <paramref name="epochs"/> epochs as trial <paramref name="number"/>.
    /// A point the checker rejects, or whose data fails, becomes a failed trial; cancellation goes through.
    /// </summary>
    public TrialResult Run(
        int number,
        Candidate candidate,
        int epochs,
        TrainingDisplay display,
        CancellationToken cancellationToken
    )
    {
        var description = candidate.Describe(_model.Spaces);
        var folder = new RunFolder(Path.Combine(_folder, "trials", number.ToString("D3", null)));
        var concrete = ConcreteText(candidate);
        var compiled = SpecCompiler.Compile(ModelGeneration.CompilerPath(_specPath), concrete);
        var model = compiled.Models.FirstOrDefault(m => m.Name == _model.Name);
        if (compiled.HasErrors || model is null)
        {
            var first = compiled.Diagnostics.FirstOrDefault(d => d.IsError);
            return Failed(number, candidate, description, folder, first?.Message ?? "the model did not check.");
        }

        var copy = folder.File(Path.GetFileName(_specPath));
        File.WriteAllText(copy + ".tmp", concrete, new UTF8Encoding(false));
        File.Move(copy + ".tmp", copy, overwrite: true);
        var generated = ModelGeneration.Generate(model, _relative, _specPath, _console);
        if (generated is null)
        {
            return Failed(number, candidate, description, folder, "the emitter reported errors.");
        }

        try
        {
            var outcome = new TrainingJob(model, copy, generated, folder).Run(
                _dataPath,
                new TrainingJobOptions(_seed, epochs, Resume: false),
                display,
                cancellationToken
            );
            var validation = outcome.Result.Validation;
            return new TrialResult(
                number,
                candidate,
                description,
                candidate.Values(_model.Spaces),
                outcome.Result.History.Count,
                validation?.Value(_metric.Metric),
                validation?.MeanAuc,
                outcome.Result.StructureWeights,
                folder.Path,
                null
            );
        }
        catch (Exception exception)
            when (exception
                    is DataFormatException
                        or FeatureMapMismatchException
                        or Runtime.Training.NonFiniteLossException
            )
        {
            return Failed(number, candidate, description, folder, exception.Message);
        }
    }

    private TrialResult Failed(int number, Candidate candidate, string description, RunFolder folder, string why) =>
        new(
            number,
            candidate,
            description,
            candidate.Values(_model.Spaces),
            0,
            null,
            null,
            new Dictionary<string, double>(),
            folder.Path,
            why
        );
}

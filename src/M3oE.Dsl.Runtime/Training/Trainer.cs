using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using M3oE.Dsl.Runtime.Checkpoints;
using M3oE.Dsl.Runtime.Data;
using M3oE.Dsl.Runtime.Metrics;
using M3oE.Dsl.Runtime.Models;
using M3oE.Dsl.Runtime.Search;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Training;

/// <summary>
/// Trains a <see cref="MultiDomainModel"/>: epochs over a training source with a weight optimiser (Adam), the
/// structure search on its own optimiser, evaluation on validation data after every epoch, early stopping,
/// checkpoints and resume. Progress is reported through events only.
/// </summary>
public sealed class Trainer
{
    private readonly MultiDomainModel model;
    private readonly TrainerOptions options;
    private readonly MultiDomainLoss loss;
    private readonly Adam weightOptimizer;
    private readonly Adam? architectureOptimizer;
    private readonly List<Parameter> weightParameters;
    private readonly bool searching;

    /// <summary>Creates a trainer and its optimisers for <paramref name="model"/>.</summary>
    public Trainer(MultiDomainModel model, TrainerOptions options)
    {
        TorchRuntime.EnsureLoaded();
        if (options.Epochs < 0)
        {
            throw new ArgumentException($"Epochs must not be negative, got {options.Epochs}.");
        }

        if (options.Search.EverySteps < 1)
        {
            throw new ArgumentException(
                $"The architecture step interval must be at least 1, got {options.Search.EverySteps}."
            );
        }

        this.model = model;
        this.options = options;
        loss = new MultiDomainLoss(model.Domains, model.Tasks, options.TaskWeights);

        // weights and structure parameters each get their own optimiser
        Split = ParameterSplit.Of(model);
        var search = options.Search;
        var architecture = Split.Architecture.Select(p => p.Parameter).ToList();
        weightParameters = Split.Weights.Select(p => p.Parameter).ToList();
        var weightOptimized = new List<Parameter>(weightParameters);
        if (
            architecture.Count > 0
            && (
                search.Mode == StructureSearchMode.Joint
                || (search.Mode == StructureSearchMode.Bilevel && search.ArchitectureInWeightOptimizer)
            )
        )
        {
            weightOptimized.AddRange(architecture);
        }

        weightOptimizer = optim.Adam(weightOptimized, options.LearningRate, weight_decay: options.WeightDecay);
        searching = architecture.Count > 0 && search.Mode == StructureSearchMode.Bilevel;
        if (searching)
        {
            architectureOptimizer = optim.Adam(architecture, search.LearningRate, weight_decay: search.WeightDecay);
        }
    }

    /// <summary>Raised after every training step.</summary>
    public event EventHandler<StepCompletedEventArgs>? StepCompleted;

    /// <summary>Raised after every architecture step.</summary>
    public event EventHandler<ArchitectureStepEventArgs>? ArchitectureStepCompleted;

    /// <summary>Raised after every epoch's evaluation.</summary>
    public event EventHandler<EpochCompletedEventArgs>? EpochCompleted;

    /// <summary>The split of the model's parameters into structure parameters and weights.</summary>
    public ParameterSplit Split { get; }

    /// <summary>
    /// Trains for up to <see cref="TrainerOptions.Epochs"/> epochs (continuing from a checkpoint when asked),
    /// then evaluates the final weights on the validation and test sources.
    /// </summary>
    /// <exception cref="NonFiniteLossException">The loss became NaN or infinite.</exception>
    public TrainingResult Fit(
        IBatchSource train,
        IBatchSource validation,
        IBatchSource? test = null,
        CancellationToken cancellationToken = default
    )
    {
        var state = new TrainerState();
        Dictionary<string, Tensor>? best = null;
        int? resumedAt = null;
        var optimizers = new OptimizerHelper?[] { weightOptimizer, architectureOptimizer };
        if (options.Resume && options.CheckpointDirectory is { } resumeFrom)
        {
            if (Checkpoint.TryLoad(resumeFrom, model, optimizers, out best) is { } loaded)
            {
                state = loaded;
                resumedAt = state.NextEpoch;
            }
        }

        var stopping = options.EarlyStopping;
        for (var epoch = state.NextEpoch; epoch < options.Epochs && !state.StoppedEarly; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // a pure function of (seed, epoch): a resumed run draws the same numbers as an uninterrupted one
            manual_seed(options.Seed + 7919L * epoch);
            var rate = options.Schedule.RateAt(options.LearningRate, epoch, options.Epochs);
            foreach (var group in weightOptimizer.ParamGroups)
            {
                group.LearningRate = rate;
            }

            var (trainLoss, step) = TrainEpoch(train, validation, epoch, state.GlobalStep, cancellationToken);
            var metrics = Evaluate(validation);

            // early stopping bookkeeping
            var monitored = stopping is null ? null : metrics.Value(stopping.Metric);
            var improved = stopping is null || IsBetter(monitored, state.BestValue, stopping.Mode);
            var bestEpoch = state.BestEpoch;
            var bestValue = state.BestValue;
            var waited = state.EpochsWithoutImprovement;
            if (improved)
            {
                bestEpoch = epoch;
                bestValue = monitored;
                waited = 0;
                if (stopping is not null)
                {
                    best = Snapshot(best);
                }
            }
            else
            {
                waited++;
            }

            var summary = new EpochSummary(
                epoch,
                trainLoss,
                rate,
                metrics.Loss,
                metrics.MeanAuc,
                metrics.MeanLogLoss,
                metrics.MeanGroupAuc,
                monitored,
                model.StructureWeights()
            );
            var history = new List<EpochSummary>(state.History) { summary };
            state = new TrainerState
            {
                NextEpoch = epoch + 1,
                GlobalStep = step,
                BestEpoch = bestEpoch,
                BestValue = bestValue,
                EpochsWithoutImprovement = waited,
                StoppedEarly = stopping is not null && waited >= stopping.Patience,
                History = history,
            };

            if (options.CheckpointDirectory is { } directory)
            {
                Checkpoint.Save(directory, state, model, optimizers, best);
            }

            EpochCompleted?.Invoke(this, new EpochCompletedEventArgs(summary, metrics, improved));
        }

        if (stopping is { RestoreBest: true } && best is not null)
        {
            Restore(best);
        }

        var finalValidation = Evaluate(validation);
        var finalTest = test is null ? null : Evaluate(test);
        return new TrainingResult(
            state.History,
            state.BestEpoch,
            state.BestValue,
            state.StoppedEarly,
            finalValidation,
            finalTest,
            model.StructureWeights(),
            resumedAt
        );
    }

    /// <summary>Evaluates the model on every batch of <paramref name="source"/> (eval mode, no gradients).</summary>
    public EvaluationMetrics Evaluate(IBatchSource source)
    {
        var accumulator = new EvaluationAccumulator(model.Domains, model.Tasks);
        model.eval();
        using (no_grad())
        {
            foreach (var batch in source.Batches(0))
            {
                using (batch)
                using (NewDisposeScope())
                {
                    var logits = model.forward(batch);
                    accumulator.AddLoss(loss.Compute(logits, batch.Labels, batch.Domain).item<float>());
                    accumulator.Add(logits.sigmoid(), batch.Labels, batch.Domain, batch.Group);
                }
            }
        }

        model.train();
        return accumulator.Compute();
    }

    private (double MeanLoss, long Step) TrainEpoch(
        IBatchSource train,
        IBatchSource validation,
        int epoch,
        long step,
        CancellationToken cancellationToken
    )
    {
        var search = options.Search;
        using var architectureBatches = searching
            ? new BatchCycler(search.Data == ArchitectureData.Validation ? validation : train, epoch)
            : null;

        model.train();
        double sum = 0;
        var batches = 0;
        foreach (var batch in train.Batches(epoch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            using (batch)
            using (NewDisposeScope())
            {
                weightOptimizer.zero_grad();
                var logits = model.forward(batch);
                var value = loss.Compute(logits, batch.Labels, batch.Domain);
                var number = value.item<float>();
                if (!float.IsFinite(number))
                {
                    throw new NonFiniteLossException(epoch, step, number);
                }

                value.backward();
                if (options.GradientClipNorm is { } norm)
                {
                    nn.utils.clip_grad_norm_(weightParameters, norm);
                }

                weightOptimizer.step();
                sum += number;
                batches++;
                StepCompleted?.Invoke(this, new StepCompletedEventArgs(epoch, step, number));
            }

            step++;
            if (
                architectureBatches is not null
                && search.Schedule == ArchitectureSchedule.EveryKSteps
                && step % search.EverySteps == 0
            )
            {
                ArchitectureStep(architectureBatches, epoch, step);
            }
        }

        if (architectureBatches is not null && search.Schedule == ArchitectureSchedule.OncePerEpoch)
        {
            ArchitectureStep(architectureBatches, epoch, step);
        }

        return (batches == 0 ? 0 : sum / batches, step);
    }

    private void ArchitectureStep(BatchCycler batches, int epoch, long step)
    {
        using var batch = batches.Next();
        using var scope = NewDisposeScope();
        architectureOptimizer!.zero_grad();
        var logits = model.forward(batch);
        var value = loss.Compute(logits, batch.Labels, batch.Domain, options.Search.Objective);
        var number = value.item<float>();
        if (!float.IsFinite(number))
        {
            throw new NonFiniteLossException(epoch, step, number);
        }

        value.backward();
        architectureOptimizer.step();
        ArchitectureStepCompleted?.Invoke(
            this,
            new ArchitectureStepEventArgs(epoch, step, number, model.StructureWeights())
        );
    }

    private static bool IsBetter(double? value, double? best, MetricMode mode)
    {
        if (value is not { } v || double.IsNaN(v))
        {
            return false;
        }

        if (best is not { } b)
        {
            return true;
        }

        return mode == MetricMode.Max ? v > b : v < b;
    }

    private Dictionary<string, Tensor> Snapshot(Dictionary<string, Tensor>? previous)
    {
        if (previous is not null)
        {
            foreach (var tensor in previous.Values)
            {
                tensor.Dispose();
            }
        }

        var copy = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        foreach (var (name, tensor) in model.state_dict())
        {
            copy[name] = tensor.detach().clone();
        }

        return copy;
    }

    private void Restore(Dictionary<string, Tensor> weights)
    {
        using var guard = no_grad();
        foreach (var (name, tensor) in model.state_dict())
        {
            tensor.copy_(weights[name]);
        }
    }
}

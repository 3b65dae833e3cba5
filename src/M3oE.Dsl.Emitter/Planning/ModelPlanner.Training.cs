using System.Linq;
using M3oE.Dsl.Emitter.Literals;
using M3oE.Dsl.Emitter.Views;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Emitter.Planning;

internal sealed partial class ModelPlanner
{
    private void PlanSearch()
    {
        if (_kind == RuntimeModelKind.M3oE && _model.Fusion is { } fusion)
        {
            AddWeight(
                "DomainLevel1",
                fusion.Level1Domain,
                "network.DomainFusion?.Weight",
                "level-1 weight of the domain pool (beta_D)"
            );
            AddWeight(
                "TaskLevel1",
                fusion.Level1Task,
                "network.TaskFusion?.Weight",
                "level-1 weight of the task pool (beta_T)"
            );
            if (fusion.Level2Mode is not (FusionMode.Concat or FusionMode.Gate))
            {
                AddWeight(
                    "DomainLevel2",
                    fusion.Level2Domain,
                    "network.ModuleFusion.DomainWeight",
                    "level-2 weight of the fused domain module (alpha_D)"
                );
                AddWeight(
                    "TaskLevel2",
                    fusion.Level2Task,
                    "network.ModuleFusion.TaskWeight",
                    "level-2 weight of the fused task module (alpha_T)"
                );
            }
        }

        _view.HasSearch = _view.SearchWeights.Count > 0;
        var search = _model.Search;
        if (search is null)
        {
            // without a search section learned weights are ordinary weights of the weight optimiser
            _view.SearchOptionLines.Add("Mode = StructureSearchMode.Joint,");
            return;
        }

        if (search.ArchOptimizer != "adam")
        {
            Unsupported($"the architecture optimizer '{search.ArchOptimizer}'", "Adam is used");
        }

        _view.SearchOptionLines.Add("Mode = StructureSearchMode.Bilevel,");
        _view.SearchOptionLines.Add(
            search.Source == ArchStepSource.Train
                ? "Data = ArchitectureData.Training,"
                : "Data = ArchitectureData.Validation,"
        );
        if (search.EveryEpoch)
        {
            _view.SearchOptionLines.Add("Schedule = ArchitectureSchedule.OncePerEpoch,");
        }
        else
        {
            _view.SearchOptionLines.Add("Schedule = ArchitectureSchedule.EveryKSteps,");
            _view.SearchOptionLines.Add($"EverySteps = {CSharpLiteral.Int(search.EverySteps)},");
        }

        _view.SearchOptionLines.Add(
            $"ArchitectureInWeightOptimizer = {CSharpLiteral.Bool(search.ArchInWeightOptimizer)},"
        );
        _view.SearchOptionLines.Add($"LearningRate = {CSharpLiteral.Double(search.LearningRate)},");
        _view.SearchOptionLines.Add($"WeightDecay = {CSharpLiteral.Double(search.WeightDecay)},");
    }

    private void AddWeight(string name, FusionWeightSpec? weight, string expression, string what)
    {
        if (weight is not { Mode: FusionMode.Learned or FusionMode.Fixed })
        {
            return;
        }

        var doc =
            weight.Mode == FusionMode.Learned
                ? $"The {what}: the sigmoid of its learned scalar."
                : $"The {what}: fixed at {CSharpLiteral.Double(weight.Value)}.";
        _view.SearchWeights.Add(new MemberView(name, "double", expression, doc));
    }

    private void PlanTrainer()
    {
        var train = _model.Train;
        if (train.Optimizer != "adam")
        {
            Unsupported($"the optimizer '{train.Optimizer}'", "Adam is used");
        }

        if (_model.Loss.Reduction == LossReduction.Mean)
        {
            Unsupported("a loss averaged over rows", "the per-(domain, task) mean summed over cells is used");
        }

        if (train.Seed is > int.MaxValue or < int.MinValue)
        {
            Unsupported("a training seed outside the 32-bit range", "its low 32 bits are used");
        }

        var lines = _view.TrainerOptionLines;
        lines.Add($"Epochs = {CSharpLiteral.Int(train.Epochs)},");
        lines.Add($"LearningRate = {CSharpLiteral.Double(train.LearningRate)},");
        lines.Add($"WeightDecay = {CSharpLiteral.Double(train.WeightDecay)},");
        lines.Add($"Seed = {CSharpLiteral.Int(unchecked((int)train.Seed))},");
        lines.Add(
            "TaskWeights = new[] { "
                + string.Join(", ", _model.Tasks.Select(t => CSharpLiteral.Double(t.Weight)))
                + " },"
        );
        var schedule = train.Schedule;
        lines.Add(
            schedule.Kind switch
            {
                ScheduleKind.Step =>
                    $"Schedule = new LearningRateSchedule(ScheduleKind.Step, {CSharpLiteral.Int(schedule.Every)}, "
                        + $"{CSharpLiteral.Double(schedule.Gamma)}),",
                ScheduleKind.Cosine => "Schedule = new LearningRateSchedule(ScheduleKind.Cosine),",
                _ => "Schedule = LearningRateSchedule.Constant,",
            }
        );
        if (train.Clip is { } clip)
        {
            lines.Add($"GradientClipNorm = {CSharpLiteral.Double(clip)},");
        }

        var metric = train.EarlyStopMetric switch
        {
            "mean_logloss" => "Metric.MeanLogLoss",
            "mean_gauc" => "Metric.MeanGroupAuc",
            "loss" => "Metric.Loss",
            _ => "Metric.MeanAuc",
        };
        var mode = train.Mode == EarlyStopMode.Min ? "MetricMode.Min" : "MetricMode.Max";
        lines.Add($"EarlyStopping = new EarlyStoppingOptions({metric}, {mode}, {CSharpLiteral.Int(train.Patience)}),");
        lines.Add("Search = CreateSearchOptions(),");
        if (train.Threads is { } threads)
        {
            _view.Threads = CSharpLiteral.Int(threads);
        }
    }
}

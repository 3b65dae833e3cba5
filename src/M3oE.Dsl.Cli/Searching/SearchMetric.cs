using M3oE.Dsl.Runtime.Metrics;

namespace M3oE.Dsl.Cli.Searching;

/// <summary>The validation metric that ranks the trials of a search, named as in a spec.</summary>
internal sealed record SearchMetric(string Name, Metric Metric, bool HigherIsBetter)
{
    /// <summary>The metric of a spec's <c>metric</c> setting: mean_auc, mean_gauc, mean_logloss or loss.</summary>
    public static SearchMetric FromSpec(string? name) =>
        name switch
        {
            "mean_logloss" => new("mean_logloss", Metric.MeanLogLoss, false),
            "mean_gauc" => new("mean_gauc", Metric.MeanGroupAuc, true),
            "loss" => new("loss", Metric.Loss, false),
            _ => new("mean_auc", Metric.MeanAuc, true),
        };

    /// <summary>True when <paramref name="value"/> beats <paramref name="best"/>.</summary>
    public bool Beats(double value, double? best) => best is not { } b || (HigherIsBetter ? value > b : value < b);
}

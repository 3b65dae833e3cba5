using System;
using M3oE.Dsl.Runtime.Metrics;

namespace M3oE.Dsl.Runtime.Training;

/// <summary>An epoch finished and was evaluated.</summary>
public sealed class EpochCompletedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    public EpochCompletedEventArgs(EpochSummary summary, EvaluationMetrics validation, bool improved)
    {
        Summary = summary;
        Validation = validation;
        Improved = improved;
    }

    /// <summary>The epoch's numbers.</summary>
    public EpochSummary Summary { get; }

    /// <summary>The full validation metrics.</summary>
    public EvaluationMetrics Validation { get; }

    /// <summary>True when the monitored metric improved.</summary>
    public bool Improved { get; }
}

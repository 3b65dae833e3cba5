namespace M3oE.Dsl.Runtime.Training;

/// <summary>Whether a larger or a smaller metric value is better.</summary>
public enum MetricMode
{
    /// <summary>Larger is better (AUC).</summary>
    Max,

    /// <summary>Smaller is better (log loss, loss).</summary>
    Min,
}

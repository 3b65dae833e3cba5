namespace M3oE.Dsl.Language.Model;

/// <summary>Whether a larger or a smaller metric is better.</summary>
public enum EarlyStopMode
{
    Max,
    Min,
}

namespace M3oE.Dsl.Language.Model;

/// <summary>How per-row losses become the training loss.</summary>
public enum LossReduction
{
    SumOverCells,
    Mean,
}

namespace M3oE.Dsl.Data.Splits;

/// <summary>The part of the data a row belongs to.</summary>
public enum DataSplit
{
    Train,
    Validation,
    Test,
}

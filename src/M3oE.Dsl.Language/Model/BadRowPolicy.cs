namespace M3oE.Dsl.Language.Model;

/// <summary>What the data layer does with a row it cannot read.</summary>
public enum BadRowPolicy
{
    Fail,
    Skip,
}

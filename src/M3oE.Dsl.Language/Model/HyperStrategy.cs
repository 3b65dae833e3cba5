namespace M3oE.Dsl.Language.Model;

/// <summary>How discrete search spaces are explored.</summary>
public enum HyperStrategy
{
    Grid,
    Random,
    Halving,
}

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>How a fusion level combines its inputs.</summary>
public enum FusionMode
{
    /// <summary>
    /// A learned scalar used through a sigmoid (an architecture parameter of the structure search).
    /// </summary>
    Learned,

    /// <summary>A constant weight that is not trained (the "without AutoML" ablation uses 0.5).</summary>
    Fixed,

    /// <summary>The inputs are concatenated instead of weighed.</summary>
    Concatenation,

    /// <summary>A softmax gate computed from the shared representation weighs the inputs per row.</summary>
    Gate,
}

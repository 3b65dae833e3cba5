namespace M3oE.Dsl.Runtime.Modules;

/// <summary>The activation applied after a layer's normalisation.</summary>
public enum Activation
{
    /// <summary>No activation.</summary>
    None,

    /// <summary>max(0, x).</summary>
    Relu,

    /// <summary>Gaussian error linear unit.</summary>
    Gelu,

    /// <summary>Logistic sigmoid.</summary>
    Sigmoid,

    /// <summary>Hyperbolic tangent.</summary>
    Tanh,
}

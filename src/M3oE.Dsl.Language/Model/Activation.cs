namespace M3oE.Dsl.Language.Model;

/// <summary>The activation after each hidden layer of a network.</summary>
public enum Activation
{
    None,
    Relu,
    Gelu,
    Tanh,
    Sigmoid,
    LeakyRelu,
}

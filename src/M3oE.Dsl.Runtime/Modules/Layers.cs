using System;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>Small factories shared by the blocks.</summary>
internal static class Layers
{
    public static nn.Module<Tensor, Tensor>? ActivationModule(Activation activation) =>
        activation switch
        {
            Activation.None => null,
            Activation.Relu => nn.ReLU(),
            Activation.Gelu => nn.GELU(),
            Activation.Sigmoid => nn.Sigmoid(),
            Activation.Tanh => nn.Tanh(),
            _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, null),
        };

    public static Tensor Apply(Activation activation, Tensor x) =>
        activation switch
        {
            Activation.None => x,
            Activation.Relu => nn.functional.relu(x),
            Activation.Gelu => nn.functional.gelu(x),
            Activation.Sigmoid => x.sigmoid(),
            Activation.Tanh => x.tanh(),
            _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, null),
        };

    /// <summary>Fills a [fanIn, fanOut] matrix (or a stack of them) with Xavier-uniform values.</summary>
    public static void XavierUniform(Tensor weight, long fanIn, long fanOut)
    {
        var bound = Math.Sqrt(6.0 / (fanIn + fanOut));
        using var guard = no_grad();
        weight.uniform_(-bound, bound);
    }

    /// <summary>The default initialisation of a linear layer: uniform in +-1/sqrt(fanIn).</summary>
    public static void LinearUniform(Tensor tensor, long fanIn)
    {
        var bound = 1.0 / Math.Sqrt(fanIn);
        using var guard = no_grad();
        tensor.uniform_(-bound, bound);
    }
}

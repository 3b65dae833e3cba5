using System;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>
/// G gates over N experts, each Linear(in, N) then softmax, computed as one Linear(in, G * N).
/// Input [B, in] (or [B, G, in] with one input per gate), output weights [B, G, N] that sum to one.
/// </summary>
public sealed class GateBank : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> linear;
    private readonly int gates;
    private readonly int experts;
    private readonly GateOptions options;

    /// <summary>Builds the gates.</summary>
    /// <param name="name">The module name.</param>
    /// <param name="gates">The number of gates G.</param>
    /// <param name="inputWidth">The width of a gate's input.</param>
    /// <param name="experts">The number of experts N each gate weighs.</param>
    /// <param name="options">Temperature and stop-gradient.</param>
    /// <param name="perGateInput">True when each gate reads its own input row [B, G, in].</param>
    public GateBank(string name, int gates, int inputWidth, int experts, GateOptions options, bool perGateInput = false)
        : base(name)
    {
        if (options.Temperature <= 0)
        {
            throw new ArgumentException($"{name}: the gate temperature must be positive, got {options.Temperature}.");
        }

        this.gates = gates;
        this.experts = experts;
        this.options = options;
        linear = perGateInput
            ? new GroupedLinear("linear", gates, inputWidth, experts)
            : nn.Linear(inputWidth, (long)gates * experts);
        register_module("linear", linear);
    }

    /// <summary>The number of experts each gate weighs.</summary>
    public int Experts => experts;

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        var x = options.DetachInput ? input.detach() : input;
        var scores = linear.forward(x).view(x.shape[0], gates, experts);
        if (options.Temperature != 1.0)
        {
            scores = scores / options.Temperature;
        }

        return nn.functional.softmax(scores, -1);
    }
}

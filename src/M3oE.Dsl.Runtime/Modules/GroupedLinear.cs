using TorchSharp.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>
/// K independent linear maps applied in one batched product: [B, K, in] to [B, K, out]. Each group is initialised
/// like its own <c>nn.Linear(in, out)</c>.
/// </summary>
public sealed class GroupedLinear : nn.Module<Tensor, Tensor>
{
    private readonly Parameter weight;
    private readonly Parameter bias;

    /// <summary>Builds K groups of in-to-out maps.</summary>
    public GroupedLinear(string name, int groups, int inputWidth, int outputWidth)
        : base(name)
    {
        weight = new Parameter(empty(groups, inputWidth, outputWidth));
        bias = new Parameter(empty(groups, outputWidth));
        Layers.LinearUniform(weight, inputWidth);
        Layers.LinearUniform(bias, inputWidth);
        register_parameter("weight", weight);
        register_parameter("bias", bias);
    }

    /// <summary>The weights, [K, in, out].</summary>
    public Parameter Weight => weight;

    /// <summary>The biases, [K, out].</summary>
    public Parameter Bias => bias;

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        // [K, B, in] x [K, in, out] -> [K, B, out] -> [B, K, out]
        return input.transpose(0, 1).bmm(weight).transpose(0, 1) + bias;
    }
}

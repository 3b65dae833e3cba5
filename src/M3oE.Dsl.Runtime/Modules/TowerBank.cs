using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>
/// One tower per cell: the hidden layers of <see cref="MlpOptions"/>, then a linear map to one logit. Input
/// [B, K, in] (or [B, in] with a shared input), output logits [B, K].
/// </summary>
public sealed class TowerBank : nn.Module<Tensor, Tensor>
{
    private readonly GroupedMlp hidden;
    private readonly GroupedLinear output;

    /// <summary>Builds <paramref name="groups"/> towers.</summary>
    /// <param name="name">The module name.</param>
    /// <param name="groups">The number of towers.</param>
    /// <param name="inputWidth">The input width of each tower.</param>
    /// <param name="hidden">The hidden layers before the output logit.</param>
    /// <param name="sharedInput">True when all towers read the same [B, in] input.</param>
    public TowerBank(string name, int groups, int inputWidth, MlpOptions hidden, bool sharedInput = false)
        : base(name)
    {
        this.hidden = new GroupedMlp("hidden", groups, inputWidth, hidden, sharedInput);
        output = new GroupedLinear("output", groups, this.hidden.OutputWidth, 1);
        register_module("hidden", this.hidden);
        register_module("output", output);
    }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        return output.forward(hidden.forward(input)).squeeze(2);
    }
}

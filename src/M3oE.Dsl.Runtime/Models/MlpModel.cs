using M3oE.Dsl.Runtime.Data;
using M3oE.Dsl.Runtime.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Models;

/// <summary>The plain MLP baseline: input, hidden layers, one linear output of width T.</summary>
public sealed class MlpModel : MultiDomainModel
{
    private readonly FeatureInput input;
    private readonly Mlp hidden;
    private readonly nn.Module<Tensor, Tensor> output;

    /// <summary>Builds the model.</summary>
    public MlpModel(MlpModelOptions options, string name = "mlp")
        : base(name, options.Domains, options.Tasks)
    {
        input = new FeatureInput("input", options.Input);
        hidden = new Mlp("hidden", input.Width, options.Hidden);
        output = nn.Linear(hidden.OutputWidth, options.Tasks);
        register_module("input", input);
        register_module("hidden", hidden);
        register_module("output", output);
    }

    /// <inheritdoc/>
    public override Tensor forward(Batch batch) => output.forward(hidden.forward(input.forward(batch)));
}

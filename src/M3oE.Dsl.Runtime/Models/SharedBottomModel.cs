using M3oE.Dsl.Runtime.Data;
using M3oE.Dsl.Runtime.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Models;

/// <summary>The Shared-Bottom baseline with one tower per (domain, task) cell.</summary>
public sealed class SharedBottomModel : MultiDomainModel
{
    private readonly FeatureInput input;
    private readonly Mlp bottom;
    private readonly TowerBank towers;

    /// <summary>Builds the model.</summary>
    public SharedBottomModel(SharedBottomOptions options, string name = "shared_bottom")
        : base(name, options.Domains, options.Tasks)
    {
        input = new FeatureInput("input", options.Input);
        bottom = new Mlp("bottom", input.Width, options.Bottom);
        towers = new TowerBank(
            "towers",
            options.Domains * options.Tasks,
            bottom.OutputWidth,
            options.Tower,
            sharedInput: true
        );
        register_module("input", input);
        register_module("bottom", bottom);
        register_module("towers", towers);
    }

    /// <inheritdoc/>
    public override Tensor forward(Batch batch)
    {
        var cellLogits = towers.forward(bottom.forward(input.forward(batch)));
        return Routing.SelectOwnDomainCells(cellLogits, batch.Domain, Domains, Tasks);
    }
}

using M3oE.Dsl.Runtime.Data;
using M3oE.Dsl.Runtime.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Models;

/// <summary>The MMoE baseline with a gate and a tower per (domain, task) cell.</summary>
public sealed class MmoeModel : MultiDomainModel, IGatedModel
{
    private readonly FeatureInput input;
    private readonly GroupedMlp experts;
    private readonly GateBank gates;
    private readonly TowerBank towers;

    /// <summary>Builds the model.</summary>
    public MmoeModel(MmoeOptions options, string name = "mmoe")
        : base(name, options.Domains, options.Tasks)
    {
        var cells = options.Domains * options.Tasks;
        input = new FeatureInput("input", options.Input);
        experts = new GroupedMlp("experts", options.Experts, input.Width, options.Expert, sharedInput: true);
        gates = new GateBank("gates", cells, input.Width, options.Experts, options.Gate);
        towers = new TowerBank("towers", cells, experts.OutputWidth, options.Tower);
        register_module("input", input);
        register_module("experts", experts);
        register_module("gates", gates);
        register_module("towers", towers);
        GatedExperts = options.Experts;
    }

    /// <inheritdoc/>
    public int GatedExperts { get; }

    /// <inheritdoc/>
    public override Tensor forward(Batch batch)
    {
        var e = input.forward(batch);
        var mixed = bmm(gates.forward(e), experts.forward(e));
        return Routing.SelectOwnDomainCells(towers.forward(mixed), batch.Domain, Domains, Tasks);
    }

    /// <inheritdoc/>
    public Tensor GateWeights(Batch batch) =>
        Routing.SelectOwnDomainCells(gates.forward(input.forward(batch)), batch.Domain, Domains, Tasks);
}

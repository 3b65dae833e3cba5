using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>
/// One customised gate control (CGC) level of PLE over G cells: each cell has its own specific experts and a
/// gate over them and the shared experts; a shared gate over all experts feeds the next level (absent at the
/// last level). At the first level every cell reads the same input.
/// </summary>
public sealed class CgcLevel : nn.Module<Tensor, Tensor?, (Tensor Cells, Tensor? Shared, Tensor Gates)>
{
    private readonly int cells;
    private readonly int specific;
    private readonly GroupedMlp specificExperts;
    private readonly GroupedMlp sharedExperts;
    private readonly GateBank cellGates;
    private readonly GateBank? sharedGate;

    /// <summary>Builds one level.</summary>
    /// <param name="name">The module name.</param>
    /// <param name="cells">The number of cells G (each (domain, task) pair).</param>
    /// <param name="inputWidth">The input width.</param>
    /// <param name="specificExperts">Experts per cell.</param>
    /// <param name="sharedExperts">Shared experts.</param>
    /// <param name="expert">The expert layers.</param>
    /// <param name="gate">The gate configuration.</param>
    /// <param name="first">True for the first level (one shared input for all cells).</param>
    /// <param name="last">True for the last level (no shared gate).</param>
    public CgcLevel(
        string name,
        int cells,
        int inputWidth,
        int specificExperts,
        int sharedExperts,
        MlpOptions expert,
        GateOptions gate,
        bool first,
        bool last
    )
        : base(name)
    {
        this.cells = cells;
        specific = specificExperts;
        this.specificExperts = new GroupedMlp(
            "specific_experts",
            cells * specificExperts,
            inputWidth,
            expert,
            sharedInput: first
        );
        this.sharedExperts = new GroupedMlp("shared_experts", sharedExperts, inputWidth, expert, sharedInput: true);
        cellGates = new GateBank(
            "cell_gates",
            cells,
            inputWidth,
            specificExperts + sharedExperts,
            gate,
            perGateInput: !first
        );
        register_module("specific_experts", this.specificExperts);
        register_module("shared_experts", this.sharedExperts);
        register_module("cell_gates", cellGates);
        if (!last)
        {
            sharedGate = new GateBank("shared_gate", 1, inputWidth, cells * specificExperts + sharedExperts, gate);
            register_module("shared_gate", sharedGate);
        }

        OutputWidth = this.sharedExperts.OutputWidth;
    }

    /// <summary>The expert width E.</summary>
    public int OutputWidth { get; }

    /// <summary>
    /// Maps the shared input [B, in] and the per-cell input [B, G, in] (null at the first level) to the per-cell
    /// output [B, G, E], the next shared input [B, E] (null at the last level) and the cell gates [B, G, K].
    /// </summary>
    public override (Tensor Cells, Tensor? Shared, Tensor Gates) forward(Tensor shared, Tensor? perCell)
    {
        var rows = shared.shape[0];
        Tensor own;
        if (perCell is null)
        {
            own = specificExperts.forward(shared);
        }
        else
        {
            var width = perCell.shape[2];
            var repeated = perCell.unsqueeze(2).expand(rows, cells, specific, width);
            own = specificExperts.forward(repeated.reshape(rows, (long)cells * specific, width));
        }

        var common = sharedExperts.forward(shared);
        var e = common.shape[2];
        var ownByCell = own.view(rows, cells, specific, e);

        // each cell's gate over its own experts followed by the shared ones
        var gates = cellGates.forward(perCell ?? shared);
        var pool = cat(new[] { ownByCell, common.unsqueeze(1).expand(rows, cells, common.shape[1], e) }, 2);
        var mixed = gates.unsqueeze(2).matmul(pool).squeeze(2);

        Tensor? next = null;
        if (sharedGate is not null)
        {
            var everything = cat(new[] { own, common }, 1);
            next = bmm(sharedGate.forward(shared), everything).squeeze(1);
        }

        return (mixed, next, gates);
    }
}

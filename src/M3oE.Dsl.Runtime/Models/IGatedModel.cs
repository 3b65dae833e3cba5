using M3oE.Dsl.Runtime.Data;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Models;

/// <summary>A model whose outputs are mixed by softmax gates over a pool of experts.</summary>
public interface IGatedModel
{
    /// <summary>The number of experts each gate weighs.</summary>
    int GatedExperts { get; }

    /// <summary>The gate weights each row actually uses: for row b and task t the gate of cell (d(b), t),
    /// [B, T, N].</summary>
    Tensor GateWeights(Batch batch);
}

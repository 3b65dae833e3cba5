using System;
using System.Collections.Generic;
using TorchSharp;

namespace M3oE.Dsl.Runtime.Data;

/// <summary>
/// One mini-batch in the layout every model of this library consumes. The batch owns its tensors:
/// disposing it disposes them.
/// </summary>
public sealed class Batch : IDisposable
{
    /// <param name="sparse">Ids of the single-valued sparse features, int64 [B, S], one column per feature,
    /// already mapped through the feature map (0 is the out-of-vocabulary id).</param>
    /// <param name="dense">Dense features, float32 [B, Fd]; Fd may be 0.</param>
    /// <param name="sequences">Multi-valued features, each int64 [B, L] padded with -1.</param>
    /// <param name="domain">Domain index of each row, int64 [B], in 0..D-1.</param>
    /// <param name="labels">Task labels, float32 [B, T], in task declaration order.</param>
    /// <param name="group">Optional grouping key of each row (for grouped AUC), int64 [B].</param>
    public Batch(
        torch.Tensor sparse,
        torch.Tensor dense,
        IReadOnlyList<torch.Tensor> sequences,
        torch.Tensor domain,
        torch.Tensor labels,
        torch.Tensor? group = null)
    {
        Sparse = sparse;
        Dense = dense;
        Sequences = sequences;
        Domain = domain;
        Labels = labels;
        Group = group;
    }

    public torch.Tensor Sparse { get; }

    public torch.Tensor Dense { get; }

    public IReadOnlyList<torch.Tensor> Sequences { get; }

    public torch.Tensor Domain { get; }

    public torch.Tensor Labels { get; }

    public torch.Tensor? Group { get; }

    /// <summary>The number of rows.</summary>
    public long Count => Domain.shape[0];

    /// <summary>Moves every tensor to <paramref name="device"/>, returning a new batch.</summary>
    public Batch To(torch.Device device)
    {
        var sequences = new torch.Tensor[Sequences.Count];
        for (var i = 0; i < sequences.Length; i++)
        {
            sequences[i] = Sequences[i].to(device);
        }

        return new Batch(
            Sparse.to(device),
            Dense.to(device),
            sequences,
            Domain.to(device),
            Labels.to(device),
            Group?.to(device));
    }

    public void Dispose()
    {
        Sparse.Dispose();
        Dense.Dispose();
        foreach (var sequence in Sequences)
        {
            sequence.Dispose();
        }

        Domain.Dispose();
        Labels.Dispose();
        Group?.Dispose();
    }
}

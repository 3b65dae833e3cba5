using System.Collections.Generic;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>
/// A star-topology layer: a shared matrix W_sh [in, out] and one matrix W_k per domain, combined element-wise:
/// Z_k = x @ (W_k * W_sh) + b_k + b_sh; each row keeps the Z of its own domain. Matrices are Xavier-uniform,
/// biases zero. The rows are grouped by domain and each group is multiplied by its own domain's matrix only,
/// so a batch costs one in-by-out product per row whatever the number of domains.
/// </summary>
public sealed class StarLayer : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly Parameter sharedWeight;
    private readonly Parameter domainWeight;
    private readonly Parameter sharedBias;
    private readonly Parameter domainBias;
    private readonly int domains;

    /// <summary>Builds the layer.</summary>
    public StarLayer(string name, int domains, int inputWidth, int outputWidth)
        : base(name)
    {
        this.domains = domains;
        sharedWeight = new Parameter(empty(inputWidth, outputWidth));
        domainWeight = new Parameter(empty(domains, inputWidth, outputWidth));
        sharedBias = new Parameter(zeros(outputWidth));
        domainBias = new Parameter(zeros(domains, outputWidth));
        Layers.XavierUniform(sharedWeight, inputWidth, outputWidth);
        Layers.XavierUniform(domainWeight, inputWidth, outputWidth);
        register_parameter("shared_weight", sharedWeight);
        register_parameter("domain_weight", domainWeight);
        register_parameter("shared_bias", sharedBias);
        register_parameter("domain_bias", domainBias);
    }

    /// <summary>W_sh, [in, out].</summary>
    public Parameter SharedWeight => sharedWeight;

    /// <summary>W_k for every domain, [D, in, out].</summary>
    public Parameter DomainWeight => domainWeight;

    /// <summary>b_sh, [out].</summary>
    public Parameter SharedBias => sharedBias;

    /// <summary>b_k for every domain, [D, out].</summary>
    public Parameter DomainBias => domainBias;

    /// <summary>Maps x [B, in] with each row's domain [B] to [B, out].</summary>
    public override Tensor forward(Tensor input, Tensor domain)
    {
        var weights = domainWeight * sharedWeight;
        var biases = domainBias + sharedBias;
        if (domains == 1)
        {
            return input.mm(weights[0]) + biases[0];
        }

        // rows sorted by domain, so that each domain's rows form one contiguous block
        var rows = input.shape[0];
        var (_, order) = domain.sort(0, descending: false, stable: true);
        var counts = bincount(domain, null, domains).data<long>().ToArray();
        var grouped = input.index_select(0, order);
        var blocks = new List<Tensor>(domains);
        long start = 0;
        for (var k = 0; k < domains; k++)
        {
            if (counts[k] > 0)
            {
                blocks.Add(grouped.narrow(0, start, counts[k]).mm(weights[k]) + biases[k]);
                start += counts[k];
            }
        }

        // back to the batch's row order
        var inverse = empty_like(order).scatter_(0, order, arange(rows, dtype: order.dtype, device: order.device));
        var sorted = blocks.Count == 1 ? blocks[0] : cat(blocks, 0);
        return sorted.index_select(0, inverse);
    }
}

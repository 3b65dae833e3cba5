using TorchSharp.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>
/// A star-topology layer: a shared matrix W_sh [in, out] and one matrix W_k per domain, combined element-wise:
/// Z_k = x @ (W_k * W_sh) + b_k + b_sh; each row keeps the Z of its own domain. Matrices are Xavier-uniform,
/// biases zero. All domains are computed in one matrix product and the rows are then routed.
/// </summary>
public sealed class StarLayer : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly Parameter sharedWeight;
    private readonly Parameter domainWeight;
    private readonly Parameter sharedBias;
    private readonly Parameter domainBias;
    private readonly int domains;
    private readonly int inputWidth;
    private readonly int outputWidth;

    /// <summary>Builds the layer.</summary>
    public StarLayer(string name, int domains, int inputWidth, int outputWidth)
        : base(name)
    {
        this.domains = domains;
        this.inputWidth = inputWidth;
        this.outputWidth = outputWidth;
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
        // [in, D * out]: the element-wise products of all domains side by side
        var combined = (domainWeight * sharedWeight).permute(1, 0, 2).reshape(inputWidth, (long)domains * outputWidth);
        var all = input.matmul(combined).view(input.shape[0], domains, outputWidth);

        var own = Routing.SelectOwnDomain(all, domain);
        return own + domainBias.index_select(0, domain) + sharedBias;
    }
}

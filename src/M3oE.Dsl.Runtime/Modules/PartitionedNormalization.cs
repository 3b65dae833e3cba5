using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>
/// STAR's partitioned normalisation: batch normalisation without its own affine map, followed by
/// (gamma * gamma_d) * x + (beta + beta_d), with a shared and a per-domain scale and shift.
/// </summary>
public sealed class PartitionedNormalization : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly BatchNorm1d norm;
    private readonly Parameter scale;
    private readonly Parameter shift;
    private readonly Parameter domainScale;
    private readonly Parameter domainShift;

    /// <summary>Builds the normalisation for D domains and a given width.</summary>
    public PartitionedNormalization(string name, int domains, int width)
        : base(name)
    {
        norm = nn.BatchNorm1d(width, affine: false);
        scale = new Parameter(ones(width));
        shift = new Parameter(zeros(width));
        domainScale = new Parameter(ones(domains, width));
        domainShift = new Parameter(zeros(domains, width));
        register_module("norm", norm);
        register_parameter("weight", scale);
        register_parameter("bias", shift);
        register_parameter("domain_weight", domainScale);
        register_parameter("domain_bias", domainShift);
    }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input, Tensor domain)
    {
        var normalised = norm.forward(input);
        var rowScale = domainScale.index_select(0, domain) * scale;
        var rowShift = domainShift.index_select(0, domain) + shift;
        return torch.addcmul(rowShift, normalised, rowScale, 1.0);
    }
}

using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>
/// Normalisation of [B, K, W] that is equivalent to K separate normalisation layers of width W, one per group.
/// </summary>
internal sealed class GroupedNorm : nn.Module<Tensor, Tensor>
{
    private readonly Normalization kind;
    private readonly int groups;
    private readonly int width;
    private readonly Parameter? scale;
    private readonly Parameter? shift;
    private readonly nn.Module<Tensor, Tensor>? batchNorm;

    public GroupedNorm(string name, Normalization kind, int groups, int width)
        : base(name)
    {
        this.kind = kind;
        this.groups = groups;
        this.width = width;
        if (kind == Normalization.LayerNorm)
        {
            scale = new Parameter(ones(groups, width));
            shift = new Parameter(zeros(groups, width));
            register_parameter("weight", scale);
            register_parameter("bias", shift);
        }
        else if (kind == Normalization.BatchNorm)
        {
            batchNorm = nn.BatchNorm1d(groups * width);
            register_module("batch_norm", batchNorm);
        }
    }

    public override Tensor forward(Tensor input)
    {
        switch (kind)
        {
            case Normalization.LayerNorm:
                var normalised = nn.functional.layer_norm(input, new long[] { width }, null, null, 1e-5);
                return torch.addcmul(shift!, normalised, scale!, 1.0);
            case Normalization.BatchNorm:
                var rows = input.shape[0];
                return batchNorm!.forward(input.reshape(rows, groups * width)).view(rows, groups, width);
            default:
                return input;
        }
    }
}

using System.Collections.Generic;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>
/// K independent MLPs of one shape evaluated together: an expert pool, or a bank of towers. With a shared input
/// the first layer of all groups is one linear map of width K * w ([B, in] to [B, K, w]); otherwise every group
/// reads its own input ([B, K, in]). The output is [B, K, out].
/// </summary>
public sealed class GroupedMlp : nn.Module<Tensor, Tensor>
{
    private readonly int groups;
    private readonly bool sharedInput;
    private readonly MlpOptions options;
    private readonly List<nn.Module<Tensor, Tensor>> linears = new();
    private readonly List<GroupedNorm> norms = new();
    private readonly nn.Module<Tensor, Tensor>? dropout;

    /// <summary>Builds the groups.</summary>
    /// <param name="name">The module name.</param>
    /// <param name="groups">The number of groups K (experts, towers).</param>
    /// <param name="inputWidth">The input width of each group.</param>
    /// <param name="options">The layers of each group.</param>
    /// <param name="sharedInput">True when all groups read the same [B, in] input.</param>
    public GroupedMlp(string name, int groups, int inputWidth, MlpOptions options, bool sharedInput)
        : base(name)
    {
        options.Validate(name);
        this.groups = groups;
        this.sharedInput = sharedInput;
        this.options = options;
        Groups = groups;
        OutputWidth = options.OutputWidth(inputWidth);

        var width = inputWidth;
        for (var i = 0; i < options.Widths.Count; i++)
        {
            var next = options.Widths[i];
            nn.Module<Tensor, Tensor> linear =
                i == 0 && sharedInput
                    ? nn.Linear(width, (long)groups * next)
                    : new GroupedLinear($"linear{i}", groups, width, next);
            linears.Add(linear);
            register_module($"linear{i}", linear);

            var norm = new GroupedNorm($"norm{i}", options.Norm, groups, next);
            norms.Add(norm);
            register_module($"norm{i}", norm);
            width = next;
        }

        if (options.Dropout > 0)
        {
            dropout = nn.Dropout(options.Dropout);
            register_module("dropout", dropout);
        }
    }

    /// <summary>The number of groups.</summary>
    public int Groups { get; }

    /// <summary>The output width of each group.</summary>
    public int OutputWidth { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        var x = input;
        if (linears.Count == 0 && sharedInput)
        {
            return x.unsqueeze(1).expand(x.shape[0], groups, x.shape[1]);
        }

        for (var i = 0; i < linears.Count; i++)
        {
            x = linears[i].forward(x);
            if (i == 0 && sharedInput)
            {
                x = x.view(x.shape[0], groups, options.Widths[0]);
            }

            x = norms[i].forward(x);
            x = Layers.Apply(options.Act, x);
            if (dropout is not null)
            {
                x = dropout.forward(x);
            }
        }

        return x;
    }
}

using System.Collections.Generic;
using M3oE.Dsl.Runtime.Data;
using M3oE.Dsl.Runtime.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Models;

/// <summary>The STAR baseline (multi-domain, with one output per task).</summary>
public sealed class StarModel : MultiDomainModel
{
    private readonly FeatureInput input;
    private readonly PartitionedNormalization? norm;
    private readonly List<StarLayer> layers = new();
    private readonly Activation act;
    private readonly nn.Module<Tensor, Tensor>? domainEmbedding;
    private readonly Mlp? auxiliary;
    private readonly nn.Module<Tensor, Tensor>? auxiliaryOutput;

    /// <summary>Builds the model.</summary>
    public StarModel(StarOptions options, string name = "star")
        : base(name, options.Domains, options.Tasks)
    {
        act = options.Act;
        input = new FeatureInput("input", options.Input);
        register_module("input", input);
        if (options.PartitionedNorm)
        {
            norm = new PartitionedNormalization("partitioned_norm", options.Domains, input.Width);
            register_module("partitioned_norm", norm);
        }

        var width = input.Width;
        var widths = new List<int>(options.Widths) { options.Tasks };
        for (var i = 0; i < widths.Count; i++)
        {
            var layer = new StarLayer($"star{i}", options.Domains, width, widths[i]);
            layers.Add(layer);
            register_module($"star{i}", layer);
            width = widths[i];
        }

        if (options.Auxiliary is { } auxiliaryOptions)
        {
            domainEmbedding = nn.Embedding(options.Domains, options.DomainEmbedding);
            auxiliary = new Mlp("auxiliary", options.DomainEmbedding + input.Width, auxiliaryOptions);
            auxiliaryOutput = nn.Linear(auxiliary.OutputWidth, options.Tasks);
            register_module("domain_embedding", domainEmbedding);
            register_module("auxiliary", auxiliary);
            register_module("auxiliary_output", auxiliaryOutput);
        }
    }

    /// <inheritdoc/>
    public override Tensor forward(Batch batch)
    {
        var e = input.forward(batch);
        var x = norm is null ? e : norm.forward(e, batch.Domain);
        for (var i = 0; i < layers.Count; i++)
        {
            x = layers[i].forward(x, batch.Domain);
            if (i < layers.Count - 1)
            {
                x = Layers.Apply(act, x);
            }
        }

        if (auxiliary is null)
        {
            return x;
        }

        var indicator = domainEmbedding!.forward(batch.Domain);
        return x + auxiliaryOutput!.forward(auxiliary.forward(cat(new[] { indicator, e }, 1)));
    }
}

using System.Collections.Generic;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>A plain MLP block: [B, in] to [B, out], built from <see cref="MlpOptions"/>.</summary>
public sealed class Mlp : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> layers;

    /// <summary>Builds the block.</summary>
    /// <param name="name">The module name.</param>
    /// <param name="inputWidth">The width of the input.</param>
    /// <param name="options">The layers.</param>
    public Mlp(string name, int inputWidth, MlpOptions options)
        : base(name)
    {
        options.Validate(name);
        InputWidth = inputWidth;
        OutputWidth = options.OutputWidth(inputWidth);

        var modules = new List<(string, nn.Module<Tensor, Tensor>)>();
        var width = inputWidth;
        for (var i = 0; i < options.Widths.Count; i++)
        {
            var next = options.Widths[i];
            modules.Add(($"linear{i}", nn.Linear(width, next)));
            switch (options.Norm)
            {
                case Normalization.LayerNorm:
                    modules.Add(($"norm{i}", nn.LayerNorm(next)));
                    break;
                case Normalization.BatchNorm:
                    modules.Add(($"norm{i}", nn.BatchNorm1d(next)));
                    break;
            }

            if (Layers.ActivationModule(options.Act) is { } activation)
            {
                modules.Add(($"act{i}", activation));
            }

            if (options.Dropout > 0)
            {
                modules.Add(($"dropout{i}", nn.Dropout(options.Dropout)));
            }

            width = next;
        }

        layers = nn.Sequential(modules);
        register_module("layers", layers);
    }

    /// <summary>The input width.</summary>
    public int InputWidth { get; }

    /// <summary>The output width.</summary>
    public int OutputWidth { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input) => layers.forward(input);
}

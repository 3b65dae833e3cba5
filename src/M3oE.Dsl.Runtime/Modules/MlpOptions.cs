using System;
using System.Collections.Generic;

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>
/// A stack of layers, each Linear, then <paramref name="Norm"/>, then <paramref name="Act"/>, then dropout when
/// <paramref name="Dropout"/> is above zero.
/// </summary>
/// <param name="Widths">The output width of each layer, in order; the input width is given where the block is
/// built.</param>
/// <param name="Norm">The normalisation after every linear map.</param>
/// <param name="Act">The activation after every normalisation.</param>
/// <param name="Dropout">The dropout probability after every activation.</param>
public sealed record MlpOptions(
    IReadOnlyList<int> Widths,
    Normalization Norm = Normalization.LayerNorm,
    Activation Act = Activation.Relu,
    double Dropout = 0.0
)
{
    /// <summary>The width of the last layer, or <paramref name="inputWidth"/> when there are no layers.</summary>
    public int OutputWidth(int inputWidth) => Widths.Count == 0 ? inputWidth : Widths[^1];

    internal void Validate(string owner)
    {
        foreach (var width in Widths)
        {
            if (width <= 0)
            {
                throw new ArgumentException($"{owner}: every layer width must be positive, got {width}.");
            }
        }

        if (Dropout < 0 || Dropout >= 1)
        {
            throw new ArgumentException($"{owner}: dropout must lie in [0, 1), got {Dropout}.");
        }
    }
}

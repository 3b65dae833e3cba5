using System;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>
/// Fusion level 1 over a pool of K specific experts (one per domain, or one per task):
/// fused_k = beta * x_k + (1 - beta) / (K - 1) * sum_{j != k} x_j. With K = 1 the "others" term is absent and
/// fused_k = beta * x_k. In concatenation mode fused_k = Linear([x_k, mean of others]) (just Linear(x_k) when
/// K = 1); in gate mode a per-row softmax over (own, others) replaces beta (with K = 1, fused_k = x_k).
/// Input [B, K, E], output [B, K, E].
/// </summary>
public sealed class ExpertModuleFusion : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly FusionOptions options;
    private readonly int count;
    private readonly Parameter? raw;
    private readonly nn.Module<Tensor, Tensor>? projection;
    private readonly GateBank? gate;

    /// <summary>Builds the level for a pool of K experts of width E.</summary>
    /// <param name="name">The module name.</param>
    /// <param name="count">The pool size K.</param>
    /// <param name="width">The expert width E.</param>
    /// <param name="gateInputWidth">The width of the gate input (gate mode only).</param>
    /// <param name="options">The fusion mode.</param>
    public ExpertModuleFusion(string name, int count, int width, int gateInputWidth, FusionOptions options)
        : base(name)
    {
        this.options = options;
        this.count = count;
        switch (options.Mode)
        {
            case FusionMode.Learned:
                raw = new Parameter(full(1, options.InitialRaw));
                register_parameter("beta", raw);
                break;
            case FusionMode.Concatenation:
                projection = nn.Linear(count > 1 ? 2L * width : width, width);
                register_module("projection", projection);
                break;
            case FusionMode.Gate when count > 1:
                gate = new GateBank("gate", count, gateInputWidth, 2, options.Gate ?? new GateOptions());
                register_module("gate", gate);
                break;
            case FusionMode.Fixed:
                if (options.FixedValue is < 0 or > 1)
                {
                    throw new ArgumentException($"{name}: a fixed fusion weight must lie in [0, 1].");
                }

                break;
        }
    }

    /// <summary>The raw scalar in learned mode, else null.</summary>
    public Parameter? Raw => raw;

    /// <summary>The weight beta as a number: sigmoid(raw), the fixed value, or null for the other modes.</summary>
    public double? Weight =>
        options.Mode switch
        {
            FusionMode.Learned => 1.0 / (1.0 + Math.Exp(-raw!.ToSingle())),
            FusionMode.Fixed => options.FixedValue,
            _ => null,
        };

    /// <summary>Fuses <paramref name="experts"/> [B, K, E]; <paramref name="gateInput"/> feeds gate mode.</summary>
    public override Tensor forward(Tensor experts, Tensor gateInput)
    {
        var others = count > 1 ? (experts.sum(1, keepdim: true) - experts) / (count - 1) : null;
        switch (options.Mode)
        {
            case FusionMode.Learned:
            case FusionMode.Fixed:
                var beta = options.Mode == FusionMode.Learned ? raw!.sigmoid() : null;
                if (others is null)
                {
                    return beta is null ? experts * options.FixedValue : experts * beta;
                }

                return beta is null
                    ? experts * options.FixedValue + others * (1.0 - options.FixedValue)
                    : others + beta * (experts - others);
            case FusionMode.Concatenation:
                return projection!.forward(others is null ? experts : cat(new[] { experts, others }, 2));
            default:
                if (others is null)
                {
                    return experts;
                }

                // [B, K, 2]: weight of the own expert and of the others
                var weights = gate!.forward(gateInput);
                return weights.narrow(2, 0, 1) * experts + weights.narrow(2, 1, 1) * others;
        }
    }
}

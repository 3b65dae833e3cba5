using System;
using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>
/// Fusion level 2 for every (domain, task) cell i = t * D + d:
/// hbar_i = S_i + alpha_D * Dfused_d + alpha_T * Tfused_t (learned or fixed alphas). Concatenation mode gives
/// [S_i, Dfused_d, Tfused_t] (width grows to E times the number of modules); gate mode weighs the modules with a
/// per-cell softmax gate. An absent domain or task module drops its term.
/// </summary>
public sealed class CellModuleFusion : nn.Module<Tensor, Tensor?, Tensor?, Tensor, Tensor>
{
    private readonly FusionOptions options;
    private readonly int domains;
    private readonly int tasks;
    private readonly bool hasDomainModule;
    private readonly bool hasTaskModule;
    private readonly Parameter? rawDomain;
    private readonly Parameter? rawTask;
    private readonly GateBank? gate;

    /// <summary>Builds the level.</summary>
    /// <param name="name">The module name.</param>
    /// <param name="domains">D.</param>
    /// <param name="tasks">T.</param>
    /// <param name="width">The module width E.</param>
    /// <param name="gateInputWidth">The width of the gate input (gate mode only).</param>
    /// <param name="hasDomainModule">True when a domain expert pool exists.</param>
    /// <param name="hasTaskModule">True when a task expert pool exists.</param>
    /// <param name="options">The fusion mode.</param>
    public CellModuleFusion(
        string name,
        int domains,
        int tasks,
        int width,
        int gateInputWidth,
        bool hasDomainModule,
        bool hasTaskModule,
        FusionOptions options
    )
        : base(name)
    {
        this.options = options;
        this.domains = domains;
        this.tasks = tasks;
        this.hasDomainModule = hasDomainModule;
        this.hasTaskModule = hasTaskModule;
        var modules = 1 + (hasDomainModule ? 1 : 0) + (hasTaskModule ? 1 : 0);
        OutputWidth = options.Mode == FusionMode.Concatenation ? width * modules : width;
        switch (options.Mode)
        {
            case FusionMode.Learned:
                if (hasDomainModule)
                {
                    rawDomain = new Parameter(full(1, options.InitialRaw));
                    register_parameter("alpha_domain", rawDomain);
                }

                if (hasTaskModule)
                {
                    rawTask = new Parameter(full(1, options.InitialRaw));
                    register_parameter("alpha_task", rawTask);
                }

                break;
            case FusionMode.Gate when modules > 1:
                gate = new GateBank(
                    "gate",
                    domains * tasks,
                    gateInputWidth,
                    modules,
                    options.Gate ?? new GateOptions()
                );
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

    /// <summary>The width of hbar.</summary>
    public int OutputWidth { get; }

    /// <summary>The raw alpha_D in learned mode, else null.</summary>
    public Parameter? RawDomain => rawDomain;

    /// <summary>The raw alpha_T in learned mode, else null.</summary>
    public Parameter? RawTask => rawTask;

    /// <summary>alpha_D as a number (after the sigmoid, or the fixed value), or null when it does not exist.</summary>
    public double? DomainWeight => Weight(rawDomain, hasDomainModule);

    /// <summary>alpha_T as a number (after the sigmoid, or the fixed value), or null when it does not exist.</summary>
    public double? TaskWeight => Weight(rawTask, hasTaskModule);

    /// <summary>
    /// Fuses S [B, T * D, E] with Dfused [B, D, E] and Tfused [B, T, E] (either may be null) into [B, T * D, W].
    /// </summary>
    public override Tensor forward(Tensor shared, Tensor? domainModule, Tensor? taskModule, Tensor gateInput)
    {
        var rows = shared.shape[0];
        var width = shared.shape[2];
        var cells = (long)domains * tasks;

        if (options.Mode is FusionMode.Learned or FusionMode.Fixed)
        {
            // on the [B, T, D, W] grid of cells i = t * D + d the modules broadcast without copies
            var grid = shared.reshape(rows, tasks, domains, width);
            if (domainModule is not null)
            {
                var perDomain = domainModule.unsqueeze(1);
                grid = rawDomain is null
                    ? grid + perDomain * options.FixedValue
                    : grid + rawDomain.sigmoid() * perDomain;
            }

            if (taskModule is not null)
            {
                var perTask = taskModule.unsqueeze(2);
                grid = rawTask is null ? grid + perTask * options.FixedValue : grid + rawTask.sigmoid() * perTask;
            }

            return grid.reshape(rows, cells, width);
        }

        // broadcast to cells: i = t * D + d, so d varies fastest
        var perCellDomain = domainModule?.unsqueeze(1).expand(rows, tasks, domains, width).reshape(rows, cells, width);
        var perCellTask = taskModule?.unsqueeze(2).expand(rows, tasks, domains, width).reshape(rows, cells, width);

        switch (options.Mode)
        {
            case FusionMode.Concatenation:
                return cat(Modules(shared, perCellDomain, perCellTask), 2);
            default:
                var parts = Modules(shared, perCellDomain, perCellTask);
                if (parts.Count == 1)
                {
                    return shared;
                }

                // [B, cells, M, E] weighed by [B, cells, M]
                var weights = gate!.forward(gateInput);
                return stack(parts, 2).mul(weights.unsqueeze(3)).sum(2);
        }
    }

    private static List<Tensor> Modules(Tensor shared, Tensor? domainModule, Tensor? taskModule)
    {
        var parts = new List<Tensor> { shared };
        if (domainModule is not null)
        {
            parts.Add(domainModule);
        }

        if (taskModule is not null)
        {
            parts.Add(taskModule);
        }

        return parts;
    }

    private double? Weight(Parameter? raw, bool exists) =>
        options.Mode switch
        {
            FusionMode.Learned when raw is not null => 1.0 / (1.0 + Math.Exp(-raw.ToSingle())),
            FusionMode.Fixed when exists => options.FixedValue,
            _ => null,
        };
}

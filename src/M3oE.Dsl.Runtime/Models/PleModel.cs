using System;
using System.Collections.Generic;
using M3oE.Dsl.Runtime.Data;
using M3oE.Dsl.Runtime.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Models;

/// <summary>The PLE baseline: stacked CGC levels, then a tower per (domain, task) cell.</summary>
public sealed class PleModel : MultiDomainModel, IGatedModel
{
    private readonly FeatureInput input;
    private readonly List<CgcLevel> levels = new();
    private readonly TowerBank towers;

    /// <summary>Builds the model.</summary>
    public PleModel(PleOptions options, string name = "ple")
        : base(name, options.Domains, options.Tasks)
    {
        if (options.Levels < 1)
        {
            throw new ArgumentException($"{name}: PLE needs at least one level, got {options.Levels}.");
        }

        var cells = options.Domains * options.Tasks;
        input = new FeatureInput("input", options.Input);
        register_module("input", input);

        var width = input.Width;
        for (var l = 0; l < options.Levels; l++)
        {
            var level = new CgcLevel(
                $"level{l}",
                cells,
                width,
                options.SpecificExperts,
                options.SharedExperts,
                options.Expert,
                options.Gate,
                first: l == 0,
                last: l == options.Levels - 1
            );
            levels.Add(level);
            register_module($"level{l}", level);
            width = level.OutputWidth;
        }

        towers = new TowerBank("towers", cells, width, options.Tower);
        register_module("towers", towers);
        GatedExperts = options.SpecificExperts + options.SharedExperts;
    }

    /// <inheritdoc/>
    public int GatedExperts { get; }

    /// <inheritdoc/>
    public override Tensor forward(Batch batch)
    {
        var (cells, _) = Run(batch);
        return Routing.SelectOwnDomainCells(towers.forward(cells), batch.Domain, Domains, Tasks);
    }

    /// <summary>The gates of the last level, [B, T, specific + shared] (own experts first).</summary>
    public Tensor GateWeights(Batch batch)
    {
        var (_, gates) = Run(batch);
        return Routing.SelectOwnDomainCells(gates, batch.Domain, Domains, Tasks);
    }

    private (Tensor Cells, Tensor Gates) Run(Batch batch)
    {
        Tensor? shared = input.forward(batch);
        Tensor? perCell = null;
        Tensor? gates = null;
        foreach (var level in levels)
        {
            (perCell, shared, gates) = level.forward(shared!, perCell);
        }

        return (perCell!, gates!);
    }
}

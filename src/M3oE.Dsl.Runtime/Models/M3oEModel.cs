using System.Collections.Generic;
using M3oE.Dsl.Runtime.Data;
using M3oE.Dsl.Runtime.Modules;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Models;

/// <summary>
/// M3oE: a domain representation, a shared expert pool mixed by one gate per (domain, task) cell, optional
/// domain and task expert pools, two fusion levels and one tower per cell. Every row goes through all towers
/// and keeps those of its own domain.
/// </summary>
public sealed class M3oEModel : MultiDomainModel, IGatedModel
{
    private readonly FeatureInput input;
    private readonly DomainRepresentation representation;
    private readonly GroupedMlp sharedExperts;
    private readonly GateBank gates;
    private readonly GroupedMlp? domainExperts;
    private readonly GroupedMlp? taskExperts;
    private readonly ExpertModuleFusion? domainFusion;
    private readonly ExpertModuleFusion? taskFusion;
    private readonly CellModuleFusion moduleFusion;
    private readonly TowerBank towers;

    /// <summary>Builds the model.</summary>
    public M3oEModel(M3oEOptions options, string name = "m3oe")
        : base(name, options.Domains, options.Tasks)
    {
        Options = options;
        var cells = options.Domains * options.Tasks;

        input = new FeatureInput("input", options.Input);
        var top = new MlpOptions(new[] { options.Hidden2 }, options.RepresentationNorm, options.RepresentationAct);
        representation = new DomainRepresentation(
            "representation",
            options.Domains,
            input.Width,
            options.Hidden1,
            top,
            options.SkipBranch
        );
        var h2 = representation.OutputWidth;

        sharedExperts = new GroupedMlp("shared_experts", options.SharedExperts, h2, options.Expert, sharedInput: true);
        var expertWidth = sharedExperts.OutputWidth;
        gates = new GateBank("gates", cells, h2, options.SharedExperts, options.Gate);

        register_module("input", input);
        register_module("representation", representation);
        register_module("shared_experts", sharedExperts);
        register_module("gates", gates);

        if (options.DomainExperts)
        {
            domainExperts = new GroupedMlp("domain_experts", options.Domains, h2, options.Expert, sharedInput: true);
            domainFusion = new ExpertModuleFusion(
                "domain_fusion",
                options.Domains,
                expertWidth,
                h2,
                options.DomainFusion
            );
            register_module("domain_experts", domainExperts);
            register_module("domain_fusion", domainFusion);
        }

        if (options.TaskExperts)
        {
            taskExperts = new GroupedMlp("task_experts", options.Tasks, h2, options.Expert, sharedInput: true);
            taskFusion = new ExpertModuleFusion("task_fusion", options.Tasks, expertWidth, h2, options.TaskFusion);
            register_module("task_experts", taskExperts);
            register_module("task_fusion", taskFusion);
        }

        moduleFusion = new CellModuleFusion(
            "module_fusion",
            options.Domains,
            options.Tasks,
            expertWidth,
            h2,
            options.DomainExperts,
            options.TaskExperts,
            options.ModuleFusion
        );
        register_module("module_fusion", moduleFusion);

        var towerWidths = options.TowerWidths ?? new[] { expertWidth };
        var towerHidden = new MlpOptions(towerWidths, options.TowerNorm, options.TowerAct, options.TowerDropout);
        towers = new TowerBank("towers", cells, moduleFusion.OutputWidth, towerHidden);
        register_module("towers", towers);
    }

    /// <summary>The options the model was built with.</summary>
    public M3oEOptions Options { get; }

    /// <inheritdoc/>
    public int GatedExperts => Options.SharedExperts;

    /// <summary>Fusion level 1 of the domain pool, when it exists.</summary>
    public ExpertModuleFusion? DomainFusion => domainFusion;

    /// <summary>Fusion level 1 of the task pool, when it exists.</summary>
    public ExpertModuleFusion? TaskFusion => taskFusion;

    /// <summary>Fusion level 2.</summary>
    public CellModuleFusion ModuleFusion => moduleFusion;

    /// <inheritdoc/>
    public override Tensor forward(Batch batch) => Trace(batch).Logits;

    /// <summary>Runs the model and returns every intermediate value.</summary>
    public M3oETrace Trace(Batch batch)
    {
        var domain = batch.Domain;
        var e = input.forward(batch);
        var h = representation.forward(e, domain);

        // shared pool mixed by every cell's gate: [B, cells, N] x [B, N, E]
        var all = sharedExperts.forward(h);
        var g = gates.forward(h);
        var shared = bmm(g, all);

        Tensor? dExp = null,
            tExp = null,
            dFused = null,
            tFused = null;
        if (domainExperts is not null)
        {
            dExp = domainExperts.forward(h);
            dFused = domainFusion!.forward(dExp, h);
        }

        if (taskExperts is not null)
        {
            tExp = taskExperts.forward(h);
            tFused = taskFusion!.forward(tExp, h);
        }

        var fused = moduleFusion.forward(shared, dFused, tFused, h);
        var cellLogits = towers.forward(fused);
        var logits = Routing.SelectOwnDomainCells(cellLogits, domain, Domains, Tasks);
        return new M3oETrace(e, h, all, g, shared, dExp, tExp, dFused, tFused, fused, cellLogits, logits);
    }

    /// <inheritdoc/>
    public Tensor GateWeights(Batch batch)
    {
        var e = input.forward(batch);
        var h = representation.forward(e, batch.Domain);
        return Routing.SelectOwnDomainCells(gates.forward(h), batch.Domain, Domains, Tasks);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<(string Name, Parameter Parameter)> ArchitectureParameters()
    {
        var result = new List<(string, Parameter)>();
        if (domainFusion?.Raw is { } betaDomain)
        {
            result.Add(("domain_fusion.beta", betaDomain));
        }

        if (taskFusion?.Raw is { } betaTask)
        {
            result.Add(("task_fusion.beta", betaTask));
        }

        if (moduleFusion.RawDomain is { } alphaDomain)
        {
            result.Add(("module_fusion.alpha_domain", alphaDomain));
        }

        if (moduleFusion.RawTask is { } alphaTask)
        {
            result.Add(("module_fusion.alpha_task", alphaTask));
        }

        return result;
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, double> StructureWeights()
    {
        var result = new Dictionary<string, double>();
        void Add(string key, double? value)
        {
            if (value is { } number)
            {
                result[key] = number;
            }
        }

        Add("beta_domain", domainFusion?.Weight);
        Add("beta_task", taskFusion?.Weight);
        Add("alpha_domain", moduleFusion.DomainWeight);
        Add("alpha_task", moduleFusion.TaskWeight);
        return result;
    }
}

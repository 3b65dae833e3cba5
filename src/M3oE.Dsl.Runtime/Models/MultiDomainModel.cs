using System;
using System.Collections.Generic;
using M3oE.Dsl.Runtime.Data;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Models;

/// <summary>
/// A multi-domain multi-task model: maps a batch to logits [B, T], one per task, each taken from the tower of
/// the row's own domain. Probabilities are the sigmoid of the logits.
/// </summary>
public abstract class MultiDomainModel : nn.Module<Batch, Tensor>
{
    /// <summary>Creates the model for <paramref name="domains"/> domains and <paramref name="tasks"/> tasks.</summary>
    protected MultiDomainModel(string name, int domains, int tasks)
        : base(name)
    {
        if (domains < 1 || tasks < 1)
        {
            throw new ArgumentException($"{name}: needs at least one domain and one task, got {domains} and {tasks}.");
        }

        Domains = domains;
        Tasks = tasks;
    }

    /// <summary>The number of domains D.</summary>
    public int Domains { get; }

    /// <summary>The number of tasks T.</summary>
    public int Tasks { get; }

    /// <summary>
    /// The structure (architecture) parameters with their state-dict names: trained by the structure search, not
    /// by the weight optimiser. Empty for models without a searched structure.
    /// </summary>
    public virtual IReadOnlyList<(string Name, Parameter Parameter)> ArchitectureParameters() =>
        Array.Empty<(string, Parameter)>();

    /// <summary>The current structure weights as numbers (after any sigmoid), by name.</summary>
    public virtual IReadOnlyDictionary<string, double> StructureWeights() => new Dictionary<string, double>();

    /// <summary>Probabilities [B, T].</summary>
    public Tensor Predict(Batch batch) => forward(batch).sigmoid();
}

using System.Collections.Generic;
using M3oE.Dsl.Runtime.Models;
using TorchSharp.Modules;

namespace M3oE.Dsl.Runtime.Search;

/// <summary>The parameters of a model split into structure parameters and weights.</summary>
/// <param name="Architecture">The structure parameters, by state-dict name.</param>
/// <param name="Weights">Every other parameter, by state-dict name.</param>
public sealed record ParameterSplit(
    IReadOnlyList<(string Name, Parameter Parameter)> Architecture,
    IReadOnlyList<(string Name, Parameter Parameter)> Weights
)
{
    /// <summary>Splits the parameters of <paramref name="model"/>: disjoint, and together all of them.</summary>
    public static ParameterSplit Of(MultiDomainModel model)
    {
        var architectureNames = new HashSet<string>();
        foreach (var (name, _) in model.ArchitectureParameters())
        {
            architectureNames.Add(name);
        }

        var architecture = new List<(string, Parameter)>();
        var weights = new List<(string, Parameter)>();
        foreach (var (name, parameter) in model.named_parameters())
        {
            if (architectureNames.Contains(name))
            {
                architecture.Add((name, parameter));
            }
            else
            {
                weights.Add((name, parameter));
            }
        }

        return new ParameterSplit(architecture, weights);
    }
}

using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Cli.Infrastructure;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Cli.Training;

/// <summary>Picks the model a command works on from the models of a spec file.</summary>
internal static class ModelSelection
{
    /// <summary>
    /// The model named <paramref name="name"/>, or the only model when no name is given; null (with the reason
    /// printed) when there is no such model or the choice is ambiguous.
    /// </summary>
    public static ModelSpec? Select(IReadOnlyList<ModelSpec> models, string? name, string specPath, CliConsole console)
    {
        if (name is not null)
        {
            var chosen = models.FirstOrDefault(m => m.Name == name);
            if (chosen is null)
            {
                console.Error.WriteLine(
                    $"m3oec: '{specPath}' has no model '{name}'; it declares "
                        + string.Join(", ", models.Select(m => m.Name))
                        + "."
                );
            }

            return chosen;
        }

        if (models.Count == 1)
        {
            return models[0];
        }

        console.Error.WriteLine(
            models.Count == 0
                ? $"m3oec: '{specPath}' declares no model."
                : $"m3oec: '{specPath}' declares the models {string.Join(", ", models.Select(m => m.Name))};"
                    + " choose one with --model."
        );
        return null;
    }
}

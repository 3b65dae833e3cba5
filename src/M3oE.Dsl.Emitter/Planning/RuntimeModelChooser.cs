using System.Linq;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Emitter.Planning;

/// <summary>Chooses the runtime model class from the structure a spec declares.</summary>
internal static class RuntimeModelChooser
{
    /// <summary>The rule, as the generated documentation states it.</summary>
    public static readonly string[] Rule =
    {
        "The runtime class follows the spec's structure, in this order:",
        "PleModel when the gates also mix domain or task experts (over shared, task) or experts have several levels;",
        "MmoeModel when there is only a shared expert pool, no representation layer and no fusion;",
        "M3oEModel for every other spec with experts (domain and task pools, two fusion levels);",
        "StarModel when there are no experts and the representation is star;",
        "MlpModel when there are no experts and towers stand per task (no domain structure);",
        "SharedBottomModel when there are no experts and towers stand per (domain, task).",
    };

    public static RuntimeModelKind Choose(ModelSpec model)
    {
        if (model.Experts is { } experts)
        {
            var gatesOverPools = model.Gates?.Over.Any(pool => pool != "shared") ?? false;
            if (gatesOverPools || experts.Levels > 1)
            {
                return RuntimeModelKind.Ple;
            }

            var sharedOnly = experts.DomainCount == 0 && experts.TaskCount == 0;
            if (sharedOnly && model.Representation.Kind == RepresentationKind.None && model.Fusion is null)
            {
                return RuntimeModelKind.Mmoe;
            }

            return RuntimeModelKind.M3oE;
        }

        if (model.Representation.Kind == RepresentationKind.Star)
        {
            return RuntimeModelKind.Star;
        }

        return model.Towers.Placement is CellPlacement.Task or CellPlacement.Shared
            ? RuntimeModelKind.Mlp
            : RuntimeModelKind.SharedBottom;
    }
}

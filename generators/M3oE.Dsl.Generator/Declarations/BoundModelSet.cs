using System;
using System.Linq;
using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Generator.Declarations;

/// <summary>Every spec model that some class binds.</summary>
internal sealed record BoundModelSet(EquatableArray<BoundModelKey> Keys)
{
    public bool Contains(string specPath, string modelName) =>
        Keys.Any(k =>
            string.Equals(k.SpecPath, specPath, StringComparison.Ordinal)
            && string.Equals(k.ModelName, modelName, StringComparison.Ordinal)
        );
}

using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Language.Model;

/// <summary>
/// A discrete search space: the setting it varies, named by a path such as <c>experts.shared.count</c> or
/// <c>train.lr</c>, and its choices. The model itself holds the first choice.
/// </summary>
public sealed record SearchSpaceSpec(string Path, EquatableArray<double> Choices);

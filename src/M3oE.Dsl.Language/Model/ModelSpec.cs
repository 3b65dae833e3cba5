using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Language.Model;

/// <summary>
/// A checked model: everything a spec says, resolved (inherited sections merged, names mapped to C#,
/// defaults filled). A value with structural equality, so that incremental pipelines can cache on it; it
/// holds no syntax, symbols or source text (search spaces note where they are written, outside equality).
/// </summary>
public sealed record ModelSpec(
    string Name,
    string CSharpName,
    string SourcePath,
    string? BaseName,
    DataSpec Data,
    DomainSetSpec Domains,
    EquatableArray<TaskSpec> Tasks,
    RepresentationSpec Representation,
    ExpertsSpec? Experts,
    GateSpec? Gates,
    FusionSpec? Fusion,
    TowerSpec Towers,
    NetworkSpec? Auxiliary,
    LossSpec Loss,
    TrainSpec Train,
    SearchSpec? Search,
    EquatableArray<SearchSpaceSpec> Spaces
);

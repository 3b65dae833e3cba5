namespace M3oE.Dsl.Language.Model;

/// <summary>The towers: where they stand and their hidden layers (each ends in one output logit).</summary>
public sealed record TowerSpec(CellPlacement Placement, NetworkSpec Network);

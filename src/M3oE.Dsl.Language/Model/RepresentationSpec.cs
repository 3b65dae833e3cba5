namespace M3oE.Dsl.Language.Model;

/// <summary>
/// The layer between the input embedding and the experts: none, a shared MLP, or the STAR-style domain
/// layer (with its skip branch and optional partitioned normalisation).
/// </summary>
public sealed record RepresentationSpec(RepresentationKind Kind, NetworkSpec? Network, bool Skip, bool PartitionedNorm);

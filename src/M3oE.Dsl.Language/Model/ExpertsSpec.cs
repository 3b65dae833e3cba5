namespace M3oE.Dsl.Language.Model;

/// <summary>
/// The expert pools: shared experts, experts per domain and experts per task (a count of 0 means the pool
/// is absent), the network of every expert, and the number of extraction levels (PLE uses more than one).
/// </summary>
public sealed record ExpertsSpec(int SharedCount, int DomainCount, int TaskCount, NetworkSpec Network, int Levels);

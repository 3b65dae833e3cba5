using System;

namespace M3oE.Dsl.Data.Synthetic;

/// <summary>Parts of the generating logit, to score rows with chosen parts only.</summary>
[Flags]
public enum SyntheticComponents
{
    None = 0,
    Shared = 1,
    Domain = 2,
    Task = 4,
    DomainTask = 8,
    ItemBias = 16,
    CalibratedBias = 32,
    All = Shared | Domain | Task | DomainTask | ItemBias | CalibratedBias,
}

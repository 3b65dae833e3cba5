namespace M3oE.Dsl.Language.Model;

/// <summary>Which cells a construct is repeated over.</summary>
public enum CellPlacement
{
    DomainTask,
    Task,
    Domain,
    Shared,
}

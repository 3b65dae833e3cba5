namespace M3oE.Dsl.Language.Model;

/// <summary>The kind of a task's label.</summary>
public enum TaskKind
{
    Binary,
    Regression,
}

namespace M3oE.Dsl.Language.Model;

/// <summary>Where the architecture step of the structure search takes its batch.</summary>
public enum ArchStepSource
{
    Validation,
    Train,
}

namespace M3oE.Dsl.Language.Model;

/// <summary>What a gate reads.</summary>
public enum GateInput
{
    Representation,
    Input,
}

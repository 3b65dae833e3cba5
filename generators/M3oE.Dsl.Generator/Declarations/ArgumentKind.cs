namespace M3oE.Dsl.Generator.Declarations;

/// <summary>What an attribute argument holds.</summary>
internal enum ArgumentKind
{
    Null,
    String,
    Integer,
    Real,
    Boolean,
    Array,
    Other,
}

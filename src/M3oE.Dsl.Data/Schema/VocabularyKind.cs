namespace M3oE.Dsl.Data.Schema;

/// <summary>How a categorical value becomes an id.</summary>
public enum VocabularyKind
{
    /// <summary>A vocabulary built from the training split; values seen fewer than a minimum count map to
    /// id 0.</summary>
    FromData,

    /// <summary>A stable 64-bit hash of the value, modulo a bucket count, plus one; id 0 is the empty value.</summary>
    Hashed,

    /// <summary>The value is already an integer id in 0..size-1; it maps to id + 1, anything else to 0.</summary>
    Identity,
}

namespace M3oE.Dsl.Generator.Declarations;

/// <summary>How the spec writes an attribute argument.</summary>
internal enum ValueForm
{
    /// <summary>A number, as the argument's invariant text.</summary>
    Number,

    /// <summary>A keyword of the language (<c>minmax</c>, <c>adam</c>), checked as a name.</summary>
    Word,

    /// <summary>A column or table name.</summary>
    Name,

    /// <summary>A string literal, escaped.</summary>
    String,

    /// <summary>The keyword alone when the argument is true; nothing when it is false.</summary>
    Flag,

    /// <summary>Spec text (a condition, a network, a placement) that must stay inside its entry.</summary>
    Text,

    /// <summary>An array of keywords, joined by commas.</summary>
    Words,

    /// <summary>An array of numbers, in brackets.</summary>
    Numbers,
}

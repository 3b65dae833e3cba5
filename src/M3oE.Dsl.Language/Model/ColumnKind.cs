namespace M3oE.Dsl.Language.Model;

/// <summary>The role of a column: a feature of one of four kinds, or a raw column that rules read.</summary>
public enum ColumnKind
{
    Sparse,
    Dense,
    Bucket,
    Sequence,
    Raw,
}

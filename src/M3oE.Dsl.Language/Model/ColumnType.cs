namespace M3oE.Dsl.Language.Model;

/// <summary>How a raw column's text is read.</summary>
public enum ColumnType
{
    String,
    Int,
    Float,
}

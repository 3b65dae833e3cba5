namespace M3oE.Dsl.Language.Model;

/// <summary>How rows are divided into training, validation and test sets.</summary>
public enum SplitKind
{
    Random,
    Sequential,
    ByColumn,
}

using System.Collections.Generic;

namespace M3oE.Dsl.Data.Splits;

/// <summary>How the rows of one source are divided into training, validation and test rows.</summary>
public abstract record SplitSpec
{
    /// <summary>The columns the split reads.</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    /// <summary>
    /// Random division by ratio: a row goes where a seeded stable hash of its key (a column, or else its row
    /// index in the source) falls, so the assignment does not depend on the order rows are read in.
    /// </summary>
    public static RatioSplit Ratio(
        double train,
        double validation,
        double test,
        long seed = 0,
        string? keyColumn = null
    ) => new(train, validation, test, seed, keyColumn);

    /// <summary>The first rows train, the next validate, the last test, by ratio of the row count.</summary>
    public static SequentialSplit Sequential(double train, double validation, double test) =>
        new(train, validation, test);

    /// <summary>Rows whose column holds one of the listed values validate or test; all others train.</summary>
    public static ColumnSplit ByColumn(
        string column,
        IReadOnlyList<string> validationValues,
        IReadOnlyList<string> testValues
    ) => new(column, validationValues, testValues);
}

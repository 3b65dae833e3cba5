using M3oE.Dsl.Data.Rows;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.Adapters;

/// <summary>A published data set read through its adapter: the schema of its protocol and its rows.</summary>
/// <param name="Schema">The schema.</param>
/// <param name="Source">All rows, or the training rows when the data comes in split files.</param>
/// <param name="Validation">The validation rows of data published with a validation file.</param>
/// <param name="Test">The test rows of data published with a test file.</param>
public sealed record AdaptedData(
    DataSchema Schema,
    IRowSource Source,
    IRowSource? Validation = null,
    IRowSource? Test = null
)
{
    /// <summary>A data set over these rows: split by <see cref="DataOptions.Split"/> when the data comes in one
    /// part, by file otherwise.</summary>
    public DataSet ToDataSet(DataOptions? options = null) =>
        Validation is null && Test is null
            ? DataSet.FromSource(Schema, Source, options)
            : DataSet.FromSplitSources(Schema, Source, Validation, Test, options);
}

using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Language.Model;

/// <summary>The data schema: the columns in declaration order, the group column and the bad-row policy.</summary>
public sealed record DataSpec(
    EquatableArray<ColumnSpec> Columns,
    int DefaultDim,
    string? GroupColumn,
    BadRowPolicy BadRows
);

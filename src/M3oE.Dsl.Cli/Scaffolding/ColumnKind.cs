namespace M3oE.Dsl.Cli.Scaffolding;

/// <summary>What <c>m3oec new --from-csv</c> makes of a column.</summary>
internal enum ColumnKind
{
    /// <summary>A 0/1 integer column: a raw <c>int</c> column and a task labelled by it.</summary>
    Label,

    /// <summary>Integer ids or text: a sparse feature.</summary>
    Sparse,

    /// <summary>Other numbers: a dense feature, standardised.</summary>
    Dense,

    /// <summary>A column with 2 to 10 values named like domains, or else the text column with the fewest: one
    /// domain per value.</summary>
    Domain,

    /// <summary>No value in the sampled rows: left out.</summary>
    Empty,
}

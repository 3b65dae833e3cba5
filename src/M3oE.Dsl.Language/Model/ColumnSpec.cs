using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Language.Model;

/// <summary>
/// One declared column. Features (sparse, dense, bucket, sequence) feed the model; raw columns are only read
/// by domain and label rules. <see cref="Header"/> names the column in the data files when that name is not a
/// valid spec name (<c>sparse f301 header "301"</c>).
/// </summary>
public sealed record ColumnSpec(
    string Name,
    string CSharpName,
    ColumnKind Kind,
    ColumnType Type,
    int Dim,
    VocabularySpec? Vocabulary,
    string? Table,
    Normalization Normalization,
    double? Fill,
    string? Source,
    EquatableArray<double> Boundaries,
    int Quantiles,
    string? Separator,
    int MaxLength,
    Pooling Pooling,
    string? Header
)
{
    public bool IsFeature => Kind != ColumnKind.Raw;

    /// <summary>The name of the column in the data files: <see cref="Header"/> when given, else the name.</summary>
    public string FileColumn => Header ?? Name;
}

using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Language.Model;

/// <summary>
/// One declared column. Features (sparse, dense, bucket, sequence) feed the model; raw columns are only read
/// by domain and label rules.
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
    Pooling Pooling
)
{
    public bool IsFeature => Kind != ColumnKind.Raw;
}

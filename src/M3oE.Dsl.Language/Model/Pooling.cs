namespace M3oE.Dsl.Language.Model;

/// <summary>How the embeddings of a multi-valued feature are pooled.</summary>
public enum Pooling
{
    Mean,
    Sum,
    Max,
}

using System.Collections.Generic;

namespace M3oE.Dsl.Data.Encoders;

/// <summary>The widths of the tensors of a batch.</summary>
/// <param name="SparseWidth">S: sparse and bucketized features.</param>
/// <param name="DenseWidth">Fd: dense features.</param>
/// <param name="SequenceLengths">L of each multi-valued feature.</param>
/// <param name="TaskCount">T: tasks.</param>
/// <param name="HasGroup">Whether rows carry a group key.</param>
public sealed record BatchLayout(
    int SparseWidth,
    int DenseWidth,
    IReadOnlyList<int> SequenceLengths,
    int TaskCount,
    bool HasGroup
);

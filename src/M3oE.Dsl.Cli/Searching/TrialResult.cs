using System.Collections.Generic;

namespace M3oE.Dsl.Cli.Searching;

/// <summary>One trained point of a search: its choices, its epochs, its validation metric and fusion weights, or
/// why it could not be trained.</summary>
internal sealed record TrialResult(
    int Number,
    Candidate Candidate,
    string Description,
    IReadOnlyDictionary<string, string> Values,
    int Epochs,
    double? Metric,
    double? MeanAuc,
    IReadOnlyDictionary<string, double> Fusion,
    string Folder,
    string? Error
);

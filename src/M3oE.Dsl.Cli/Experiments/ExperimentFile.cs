using System.Collections.Generic;

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>
/// An experiment: which specs to train on which data, with which seeds, tuning grid and epoch cap, where the runs
/// go and where the report is written. Every path is resolved against the experiment file's folder.
/// </summary>
/// <param name="Path">The experiment file.</param>
/// <param name="Title">The report's title.</param>
/// <param name="Data">The data the specs train on (a file, or a MovieLens folder in its original layout).</param>
/// <param name="Output">The folder of the results and predictions of every run.</param>
/// <param name="Report">The Markdown report.</param>
/// <param name="Seeds">The seeds; the first also chooses every model's grid point.</param>
/// <param name="Epochs">The epoch cap; early stopping may end a run before it.</param>
/// <param name="Grid">The tuning grid, the same for every model.</param>
/// <param name="Models">The models, in the order of the report's tables.</param>
/// <param name="Threads">The threads TorchSharp may use; null leaves its default.</param>
/// <param name="Notes">Paragraphs of Markdown the report prints after its tables.</param>
internal sealed record ExperimentFile(
    string Path,
    string Title,
    string Data,
    string Output,
    string Report,
    IReadOnlyList<int> Seeds,
    int Epochs,
    IReadOnlyList<GridPoint> Grid,
    IReadOnlyList<ExperimentModel> Models,
    int? Threads,
    IReadOnlyList<string> Notes
)
{
    /// <summary>The seed the grid is searched on.</summary>
    public int TuningSeed => Seeds[0];
}

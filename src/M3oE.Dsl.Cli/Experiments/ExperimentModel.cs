namespace M3oE.Dsl.Cli.Experiments;

/// <summary>One model an experiment trains.</summary>
/// <param name="Name">The name in tables and file names, unique in the experiment.</param>
/// <param name="Spec">The spec path as the experiment file writes it.</param>
/// <param name="SpecPath">The spec path resolved against the experiment file's folder.</param>
/// <param name="ModelName">The model to train when the spec declares several; null for its only one.</param>
/// <param name="Role">The model's part in the comparison.</param>
/// <param name="Published">What the paper published for it, when the file quotes it.</param>
internal sealed record ExperimentModel(
    string Name,
    string Spec,
    string SpecPath,
    string? ModelName,
    ModelRole Role,
    PublishedFigures? Published
)
{
    /// <summary>The name as a folder name: letters, digits and dashes.</summary>
    public string Key => ExperimentPaths.Slug(Name);
}

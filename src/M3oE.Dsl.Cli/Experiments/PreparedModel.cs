using M3oE.Dsl.Cli.Training;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>
/// A model of an experiment with its checked spec and its generated code, compiled once for all its runs.
/// </summary>
internal sealed record PreparedModel(ExperimentModel Model, ModelSpec Spec, GeneratedModel Generated);

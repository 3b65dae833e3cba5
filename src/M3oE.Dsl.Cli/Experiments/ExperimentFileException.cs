using System;

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>An experiment file that cannot be used; the message names the file and the line or field.</summary>
internal sealed class ExperimentFileException(string message) : Exception(message);

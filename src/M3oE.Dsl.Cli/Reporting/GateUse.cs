using System.Collections.Generic;

namespace M3oE.Dsl.Cli.Reporting;

/// <summary>The mean gate weight of every gated expert in one (domain, task) cell, and the gate's entropy.</summary>
internal sealed record GateUse(string Domain, string Task, IReadOnlyList<double> Weights, double? Entropy);

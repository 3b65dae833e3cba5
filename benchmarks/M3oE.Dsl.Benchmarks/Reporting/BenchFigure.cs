namespace M3oE.Dsl.Benchmarks.Reporting;

/// <summary>One measured or derived number.</summary>
/// <param name="Part">The part's name in the JSON object.</param>
/// <param name="Key">The figure's name within its part.</param>
/// <param name="Label">What the figure is, for the table.</param>
/// <param name="Value">The number.</param>
/// <param name="Unit">Its unit, empty for a plain ratio or count.</param>
public sealed record BenchFigure(string Part, string Key, string Label, double Value, string Unit);

using System.Collections.Generic;
using System.Text.Json.Nodes;
using M3oE.Dsl.Benchmarks.Statistics;

namespace M3oE.Dsl.Benchmarks.Reporting;

/// <summary>Every figure of one run, with the machine it ran on.</summary>
public sealed class BenchReport
{
    private readonly List<BenchFigure> figures = new();
    private readonly List<(string Key, string Value)> machine = new();

    /// <summary>The figures in the order they were measured.</summary>
    public IReadOnlyList<BenchFigure> Figures => figures;

    /// <summary>What the run ran on: cores, threads, versions.</summary>
    public IReadOnlyList<(string Key, string Value)> Machine => machine;

    public void AddMachine(string key, string value) => machine.Add((key, value));

    public void Add(string part, string key, string label, double value, string unit = "") =>
        figures.Add(new BenchFigure(part, key, label, value, unit));

    /// <summary>Adds the median as <paramref name="key"/> and the relative spread as <c>KEY_spread</c>.</summary>
    public void Add(string part, string key, string label, Summary summary, string unit = "")
    {
        Add(part, key, label, summary.Median, unit);
        Add(part, key + "_spread", label + ": (max - min) / median", summary.RelativeSpread);
    }

    /// <summary>One object: <c>environment</c> (the machine and the run's settings), then one object per part with
    /// its figures by key.</summary>
    public JsonObject ToJson()
    {
        var root = new JsonObject();
        var about = new JsonObject();
        foreach (var (key, value) in machine)
        {
            about[key] = value;
        }

        root["environment"] = about;
        foreach (var figure in figures)
        {
            if (root[figure.Part] is not JsonObject part)
            {
                part = new JsonObject();
                root[figure.Part] = part;
            }

            part[figure.Key] = figure.Value;
        }

        return root;
    }
}

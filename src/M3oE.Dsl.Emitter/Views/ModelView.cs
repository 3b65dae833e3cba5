using System.Collections.Generic;

namespace M3oE.Dsl.Emitter.Views;

/// <summary>
/// Everything the templates print for one model, already escaped and formatted under the invariant culture:
/// templates only lay it out.
/// </summary>
internal sealed class ModelView
{
    public string Namespace { get; set; } = string.Empty;

    public string Version { get; set; } = string.Empty;

    public string Model { get; set; } = string.Empty;

    public string SpecDoc { get; set; } = string.Empty;

    public List<MemberView> Domains { get; } = new();

    public List<MemberView> Tasks { get; } = new();

    public List<RowPropertyView> RowProperties { get; } = new();

    public string RuntimeClass { get; set; } = string.Empty;

    public string RuntimeOptions { get; set; } = string.Empty;

    public string RuntimeName { get; set; } = string.Empty;

    public List<string> Rule { get; } = new();

    public List<string> Remarks { get; } = new();

    public List<MemberView> Constants { get; } = new();

    public List<string> OptionLines { get; } = new();

    public List<string> SparseInputLines { get; } = new();

    public List<string> SequenceInputLines { get; } = new();

    public List<string> FeatureLines { get; } = new();

    public List<MemberView> Slots { get; } = new();

    public List<MemberView> Predicates { get; } = new();

    public List<string> DomainLines { get; } = new();

    public List<string> TaskLines { get; } = new();

    public string GroupColumn { get; set; } = "null";

    public List<string> DataOptionLines { get; } = new();

    public bool HasUnsupportedRule { get; set; }

    public bool HasSearch { get; set; }

    public List<MemberView> SearchWeights { get; } = new();

    public List<string> SearchOptionLines { get; } = new();

    public List<string> TrainerOptionLines { get; } = new();

    public string? Threads { get; set; }
}

using System.Linq;
using M3oE.Dsl.Emitter.Literals;
using M3oE.Dsl.Emitter.Views;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Emitter.Planning;

internal sealed partial class ModelPlanner
{
    private RuntimeModelKind _kind;

    private void PlanRuntime()
    {
        _kind = RuntimeModelChooser.Choose(_model);
        (_view.RuntimeClass, _view.RuntimeOptions, _view.RuntimeName) = _kind switch
        {
            RuntimeModelKind.M3oE => ("M3oEModel", "M3oEOptions", "m3oe"),
            RuntimeModelKind.Mmoe => ("MmoeModel", "MmoeOptions", "mmoe"),
            RuntimeModelKind.Ple => ("PleModel", "PleOptions", "ple"),
            RuntimeModelKind.Star => ("StarModel", "StarOptions", "star"),
            RuntimeModelKind.SharedBottom => ("SharedBottomModel", "SharedBottomOptions", "shared_bottom"),
            _ => ("MlpModel", "MlpModelOptions", "mlp"),
        };
        _view.RuntimeName = CSharpLiteral.String(_view.RuntimeName);
        _view.Rule.AddRange(RuntimeModelChooser.Rule.Select(XmlDocText.Escape));

        Constant("DomainCount", _model.Domains.Domains.Count, "The number of domains D.");
        Constant("TaskCount", _model.Tasks.Count, "The number of tasks T.");
        Constant(
            "DenseWidth",
            _model.Data.Columns.Count(c => c.Kind == ColumnKind.Dense),
            "The number of dense columns in the input."
        );
        _view.OptionLines.Add("Domains = DomainCount,");
        _view.OptionLines.Add("Tasks = TaskCount,");
        _view.OptionLines.Add("Input = input,");

        switch (_kind)
        {
            case RuntimeModelKind.M3oE:
                PlanM3oE(_model.Experts!);
                break;
            case RuntimeModelKind.Mmoe:
                PlanMmoe(_model.Experts!);
                break;
            case RuntimeModelKind.Ple:
                PlePlan(_model.Experts!);
                break;
            case RuntimeModelKind.Star:
                PlanStar();
                break;
            case RuntimeModelKind.SharedBottom:
                PlanSharedBottom();
                break;
            default:
                PlanMlp();
                break;
        }
    }

    private void Constant(string name, long value, string doc) =>
        _view.Constants.Add(new MemberView(name, "int", CSharpLiteral.Int(value), doc));

    private void PlanM3oE(ExpertsSpec experts)
    {
        var representation = _model.Representation;
        var widths = representation.Network?.Widths.ToList() ?? new System.Collections.Generic.List<int>();
        if (representation.Kind != RepresentationKind.Star || widths.Count != 2)
        {
            Unsupported(
                "an M3oE representation other than 'star H1 -> H2'",
                "the star representation 512 -> 256 of the reference is used"
            );
            widths = new System.Collections.Generic.List<int> { 512, 256 };
        }

        Constant("Hidden1", widths[0], "The width H1 of the star layer of the domain representation.");
        Constant("Hidden2", widths[1], "The width H2 of the domain representation.");
        Constant("SharedExperts", experts.SharedCount, "The number of shared experts N.");
        Constant("ExpertWidth", experts.Network.Widths.LastOrDefault(), "The output width E of every expert.");

        if (experts.DomainCount > 1 || experts.TaskCount > 1)
        {
            Unsupported("more than one expert per domain or task in M3oE", "one expert each is built");
        }

        var network = representation.Network;
        _view.OptionLines.Add("Hidden1 = Hidden1,");
        _view.OptionLines.Add("Hidden2 = Hidden2,");
        _view.OptionLines.Add($"SkipBranch = {CSharpLiteral.Bool(representation.Skip)},");
        _view.OptionLines.Add($"RepresentationNorm = {Norm(network?.Norm ?? LayerNorm.LayerNorm)},");
        _view.OptionLines.Add($"RepresentationAct = {Act(network?.Activation ?? Activation.Relu)},");
        _view.OptionLines.Add("SharedExperts = SharedExperts,");
        _view.OptionLines.Add($"Expert = {Network(experts.Network, Act)},");
        _view.OptionLines.Add($"DomainExperts = {CSharpLiteral.Bool(experts.DomainCount > 0)},");
        _view.OptionLines.Add($"TaskExperts = {CSharpLiteral.Bool(experts.TaskCount > 0)},");
        _view.OptionLines.Add($"Gate = {Gate()},");
        if (_model.Gates is { Input: GateInput.Input })
        {
            Unsupported("M3oE gates on the input", "the gates read the domain representation");
        }

        if (_model.Fusion is { } fusion)
        {
            if (fusion.Level1Domain is { } domain)
            {
                _view.OptionLines.Add($"DomainFusion = {Fusion(domain.Mode, domain.Value)},");
            }

            if (fusion.Level1Task is { } task)
            {
                _view.OptionLines.Add($"TaskFusion = {Fusion(task.Mode, task.Value)},");
            }

            _view.OptionLines.Add($"ModuleFusion = {ModuleFusion(fusion)},");
        }

        if (_model.Towers.Placement != CellPlacement.DomainTask)
        {
            Unsupported("M3oE towers other than per (domain, task)", "one tower per (domain, task) is built");
        }

        var tower = _model.Towers.Network;
        _view.OptionLines.Add($"TowerWidths = {Widths(tower.Widths)},");
        _view.OptionLines.Add($"TowerNorm = {Norm(tower.Norm)},");
        _view.OptionLines.Add($"TowerAct = {Act(tower.Activation)},");
        _view.OptionLines.Add($"TowerDropout = {CSharpLiteral.Double(tower.Dropout)},");
    }

    private string ModuleFusion(FusionSpec fusion)
    {
        if (fusion.Level2Mode is FusionMode.Concat or FusionMode.Gate)
        {
            return Fusion(fusion.Level2Mode, 0);
        }

        var domain = fusion.Level2Domain;
        var task = fusion.Level2Task;
        if (domain is not null && task is not null && domain != task)
        {
            Unsupported(
                "different level-2 fusion settings for the domain and the task module",
                "the domain module's setting is used for both"
            );
        }

        var weight = domain ?? task;
        return weight is null ? Fusion(fusion.Level2Mode, 1.0) : Fusion(weight.Mode, weight.Value);
    }

    private static string Fusion(FusionMode mode, double value) =>
        mode switch
        {
            FusionMode.Fixed => $"new FusionOptions(FusionMode.Fixed, FixedValue: {CSharpLiteral.Double(value)})",
            FusionMode.Concat => "new FusionOptions(FusionMode.Concatenation)",
            FusionMode.Gate => "new FusionOptions(FusionMode.Gate)",
            _ => $"new FusionOptions(FusionMode.Learned, InitialRaw: {CSharpLiteral.Double(value)})",
        };

    private string Gate()
    {
        var gates = _model.Gates;
        var temperature = CSharpLiteral.Double(gates?.Temperature ?? 1.0);
        return $"new GateOptions({temperature}, DetachInput: {CSharpLiteral.Bool(gates?.Detached ?? false)})";
    }

    private void PlanMmoe(ExpertsSpec experts)
    {
        Constant("SharedExperts", experts.SharedCount, "The number of shared experts N.");
        _view.OptionLines.Add("Experts = SharedExperts,");
        _view.OptionLines.Add($"Expert = {Network(experts.Network, Act)},");
        _view.OptionLines.Add($"Gate = {Gate()},");
        _view.OptionLines.Add($"Tower = {Network(_model.Towers.Network, Act)},");
    }

    private void PlePlan(ExpertsSpec experts)
    {
        Constant("Levels", experts.Levels, "The number of extraction (CGC) levels.");
        Constant("SharedExperts", experts.SharedCount, "Shared experts per level.");
        Constant(
            "SpecificExperts",
            System.Math.Max(experts.TaskCount, experts.DomainCount),
            "Specific experts per (domain, task) cell and level."
        );
        if (experts.TaskCount > 0 && experts.DomainCount > 0)
        {
            Unsupported("PLE with both domain and task experts", "one specific pool per (domain, task) cell is built");
        }

        Note("PleModel treats every (domain, task) cell as a PLE task, so its specific experts stand per cell");
        _view.OptionLines.Add("Levels = Levels,");
        _view.OptionLines.Add("SharedExperts = SharedExperts,");
        _view.OptionLines.Add("SpecificExperts = SpecificExperts,");
        _view.OptionLines.Add($"Expert = {Network(experts.Network, Act)},");
        _view.OptionLines.Add($"Gate = {Gate()},");
        _view.OptionLines.Add($"Tower = {Network(_model.Towers.Network, Act)},");
    }

    private void PlanStar()
    {
        var network = _model.Representation.Network;
        _view.OptionLines.Add($"Widths = {Widths(network?.Widths ?? default)},");
        _view.OptionLines.Add($"Act = {Act(network?.Activation ?? Activation.Relu)},");
        _view.OptionLines.Add($"PartitionedNorm = {CSharpLiteral.Bool(_model.Representation.PartitionedNorm)},");
        _view.OptionLines.Add($"DomainEmbedding = {CSharpLiteral.Int(_model.Data.DefaultDim)},");
        _view.OptionLines.Add(
            _model.Auxiliary is { } auxiliary ? $"Auxiliary = {Network(auxiliary, Act)}," : "Auxiliary = null,"
        );
        Note(
            "StarModel ends its star layers in one output per task, so the towers' hidden layers are not built; "
                + "the domain embedding of the auxiliary network has the data's default width"
        );
    }

    private void PlanSharedBottom()
    {
        var bottom = _model.Representation.Network;
        _view.OptionLines.Add(
            bottom is null ? "Bottom = new MlpOptions(Array.Empty<int>())," : $"Bottom = {Network(bottom, Act)},"
        );
        _view.OptionLines.Add($"Tower = {Network(_model.Towers.Network, Act)},");
    }

    private void PlanMlp()
    {
        var hidden = _model.Representation.Network;
        var tower = _model.Towers.Network;
        var widths = (hidden?.Widths ?? default).Concat(tower.Widths);
        var norm = hidden?.Norm ?? tower.Norm;
        var activation = hidden?.Activation ?? tower.Activation;
        var dropout = hidden?.Dropout ?? tower.Dropout;
        _view.OptionLines.Add(
            $"Hidden = new MlpOptions({Widths(widths)}, {Norm(norm)}, {Act(activation)}, "
                + $"{CSharpLiteral.Double(dropout)}),"
        );
        Note(
            "MlpModel has one linear output per task, so the towers' hidden layers are appended to the shared "
                + "hidden layers"
        );
    }
}

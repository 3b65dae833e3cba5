using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using M3oE.Dsl.Generator.Diagnostics;
using M3oE.Dsl.Generator.Pipeline;
using M3oE.Dsl.Language.Collections;
using M3oE.Dsl.Language.Syntax;

namespace M3oE.Dsl.Generator.Declarations;

/// <summary>
/// Writes the model that a class declares with attributes as <c>.m3oe</c> text, so that the front end checks
/// it exactly as it checks a spec file. Every line remembers the attribute (or named argument) it came from,
/// which is where the front end's diagnostics on that line are reported. Names are checked against the
/// grammar, strings are escaped, and pieces of spec text are kept inside their own entry.
/// </summary>
internal sealed partial class SpecWriter
{
    private static readonly string[] DataAttributes = { "Sparse", "Dense", "Bucket", "Sequence", "Column", "Data" };

    private readonly ModelClass _class;
    private readonly StringBuilder _text = new();
    private readonly List<SourceSpan> _lines = new();
    private readonly List<DiagnosticInfo> _diagnostics = new();

    private SpecWriter(ModelClass model)
    {
        _class = model;
    }

    /// <summary>The spec text of the model <paramref name="model"/> declares, with its line map.</summary>
    public static WrittenSpec Write(ModelClass model)
    {
        var writer = new SpecWriter(model);
        writer.WriteModel();
        return new WrittenSpec(
            writer._text.ToString(),
            writer._lines.ToEquatableArray(),
            writer._diagnostics.ToEquatableArray()
        );
    }

    private void WriteModel()
    {
        var at = _class.Location;
        Line(0, "model " + Name(_class.Name, "a model name", at) + " {", at);

        WriteData();
        WriteDomains();
        WriteBlock("tasks", All("Task"), WriteTask);
        WriteLine("Representation", WriteRepresentation);
        WriteSettings("experts", "Experts", ExpertsSettings);
        WriteLine("Gates", WriteGates);
        WriteBlock("fusion", All("Fusion"), WriteFusion);
        WriteLine("Towers", WriteTowers);
        WriteLine("Auxiliary", a => "auxiliary " + Text(a, 0, "the auxiliary network"));
        WriteLine("Loss", a => "loss " + Text(a, 0, "the loss"));
        WriteSettings("train", "Train", TrainSettings);
        WriteSettings("search", "Search", SearchSettings);

        Line(0, "}", at);
    }

    private void WriteData()
    {
        var entries = _class.Attributes.Where(a => DataAttributes.Contains(a.Name)).ToList();
        if (entries.Count == 0)
        {
            return;
        }

        Line(1, "data {", _class.Location);
        foreach (var attribute in entries)
        {
            switch (attribute.Name)
            {
                case "Sparse":
                    Line(2, Entry("sparse " + Names(attribute), attribute, SparseOptions), attribute.Location);
                    break;
                case "Dense":
                    Line(2, Entry("dense " + Names(attribute), attribute, DenseOptions), attribute.Location);
                    break;
                case "Sequence":
                    Line(2, Entry("sequence " + Names(attribute), attribute, SequenceOptions), attribute.Location);
                    break;
                case "Column":
                    Line(2, Entry("column " + Names(attribute), attribute, ColumnOptions), attribute.Location);
                    break;
                case "Bucket":
                    var head =
                        "bucket "
                        + Name(attribute, 0, "a bucket name")
                        + " from "
                        + Name(attribute, 1, "a column name");
                    Line(2, Entry(head, attribute, BucketOptions), attribute.Location);
                    break;
                default:
                    WriteSettingLines(attribute, DataSettings, 2);
                    break;
            }
        }

        Line(1, "}", _class.Location);
    }

    private void WriteDomains()
    {
        var domains = All("Domain");
        var section = All("Domains").FirstOrDefault();
        if (section is null)
        {
            foreach (var domain in domains)
            {
                Conflict(
                    domain,
                    "[Domain] needs [Domains(\"COLUMN\")] on the class, which names the column "
                        + "the domains are about; add it"
                );
            }

            return;
        }

        var header = "domains by " + Name(section, 0, "a column name");
        if (section.Find("AsFeature")?.Value.IsTrue == true)
        {
            header += " as feature";
        }

        Line(1, header + " {", section.Location);
        foreach (var domain in domains)
        {
            Line(2, Domain(domain), domain.Location);
        }

        Line(1, "}", section.Location);
    }

    private string Domain(DeclaredAttribute domain)
    {
        var name = Name(domain, 0, "a domain name");
        var values = domain.Find("Values");
        if (domain.At(1) is { Kind: ArgumentKind.String } && values is not null)
        {
            Conflict(domain, "[Domain] takes either a rule or Values, not both; remove one");
        }

        if (values is null || domain.At(1) is { Kind: ArgumentKind.String })
        {
            return name + ": " + Text(domain, 1, "the rule of domain '" + name + "'");
        }

        var literals = values.Value.Items.Select(v => Literal(v, values.Location));
        return name + ": " + string.Join(", ", literals);
    }

    private string WriteTask(DeclaredAttribute task)
    {
        var name = Name(task, 0, "a task name");
        return Entry(name + ": " + Text(task, 1, "the label of task '" + name + "'"), task, TaskOptions);
    }

    private string WriteRepresentation(DeclaredAttribute representation)
    {
        var head = "representation " + Word(representation, 0, "a representation kind");
        if (representation.At(1) is { Kind: ArgumentKind.String })
        {
            head += " " + Text(representation, 1, "the representation network");
        }

        return Entry(head, representation, RepresentationOptions);
    }

    private string WriteGates(DeclaredAttribute gates) =>
        Entry("gates " + Text(gates, 0, "the gate placement"), gates, GateOptions);

    private string WriteFusion(DeclaredAttribute fusion)
    {
        var head = "level " + (fusion.At(0)?.Text ?? string.Empty);
        if (fusion.Positional.Count == 3)
        {
            head += " " + Word(fusion, 1, "a fusion module") + " " + Text(fusion, 2, "the fusion mode");
        }
        else
        {
            head += " " + Text(fusion, 1, "the fusion mode");
        }

        return Entry(head, fusion, FusionOptions);
    }

    private string WriteTowers(DeclaredAttribute towers)
    {
        var line = "towers " + Text(towers, 0, "the tower placement");
        if (towers.At(1) is { Kind: ArgumentKind.String })
        {
            line += " " + Text(towers, 1, "the tower network");
        }

        return line;
    }

    private void WriteBlock(
        string keyword,
        IReadOnlyList<DeclaredAttribute> entries,
        Func<DeclaredAttribute, string> entry
    )
    {
        if (entries.Count == 0)
        {
            return;
        }

        Line(1, keyword + " {", _class.Location);
        foreach (var attribute in entries)
        {
            Line(2, entry(attribute), attribute.Location);
        }

        Line(1, "}", _class.Location);
    }

    private void WriteLine(string attributeName, Func<DeclaredAttribute, string> line)
    {
        foreach (var attribute in All(attributeName))
        {
            Line(1, line(attribute), attribute.Location);
        }
    }

    /// <summary>A block section whose lines are the named arguments of one attribute, one setting a line.</summary>
    private void WriteSettings(string keyword, string attributeName, Dictionary<string, OptionForm> settings)
    {
        foreach (var attribute in All(attributeName))
        {
            Line(1, keyword + " {", attribute.Location);
            WriteSettingLines(attribute, settings, 2);
            Line(1, "}", attribute.Location);
        }
    }

    private void WriteSettingLines(DeclaredAttribute attribute, Dictionary<string, OptionForm> settings, int depth)
    {
        foreach (var argument in attribute.Named)
        {
            if (settings.TryGetValue(argument.Name, out var form) && Option(argument, form) is { } line)
            {
                Line(depth, line, argument.Location);
            }
        }
    }

    /// <summary>An entry's head followed by the options its named arguments give, in the order written.</summary>
    private string Entry(string head, DeclaredAttribute attribute, Dictionary<string, OptionForm> options)
    {
        var builder = new StringBuilder(head);
        foreach (var argument in attribute.Named)
        {
            if (options.TryGetValue(argument.Name, out var form) && Option(argument, form) is { } option)
            {
                builder.Append(' ').Append(option);
            }
        }

        return builder.ToString();
    }

    private string? Option(AttributeArgument argument, OptionForm form)
    {
        var what = "the argument " + argument.Name;
        var value = argument.Value;
        string text;
        switch (form.Form)
        {
            case ValueForm.Flag:
                return value.IsTrue ? form.Keyword : null;
            case ValueForm.Number:
                text = value.Text;
                break;
            case ValueForm.Word:
            case ValueForm.Name:
                text = Name(value.Text, what, argument.Location);
                break;
            case ValueForm.String:
                text = StringEscaping.Quote(value.Text);
                break;
            case ValueForm.Text:
                text = Text(value.Text, what, argument.Location);
                break;
            case ValueForm.Words:
                text = string.Join(", ", value.Items.Select(v => Name(v.Text, what, argument.Location)));
                break;
            default:
                text = "[" + string.Join(", ", value.Items.Select(v => v.Text)) + "]";
                break;
        }

        var parts = new[] { form.Keyword, text, form.Suffix }.Where(p => p.Length > 0);
        return string.Join(" ", parts);
    }

    private string Names(DeclaredAttribute attribute)
    {
        var names = attribute.At(0)?.Items ?? default;
        return string.Join(", ", names.Select(n => Name(n.Text, "a column name", attribute.Location)));
    }

    private string Name(DeclaredAttribute attribute, int index, string what) =>
        Name(attribute.At(index)?.Text ?? string.Empty, what, attribute.Location);

    private string Word(DeclaredAttribute attribute, int index, string what) => Name(attribute, index, what);

    private string Name(string text, string what, SourceSpan at)
    {
        if (!SpecTextRules.IsName(text))
        {
            _diagnostics.Add(DeclarationDiagnostics.At(DeclarationDiagnostics.InvalidName, at, text, what));
        }

        return text;
    }

    private string Text(DeclaredAttribute attribute, int index, string what) =>
        Text(attribute.At(index)?.Text ?? string.Empty, what, attribute.Location);

    private string Text(string text, string what, SourceSpan at)
    {
        if (SpecTextRules.FragmentProblem(text) is { } problem)
        {
            _diagnostics.Add(DeclarationDiagnostics.At(DeclarationDiagnostics.InvalidText, at, text, what, problem));
        }

        return text;
    }

    private string Literal(ArgumentValue value, SourceSpan at)
    {
        switch (value.Kind)
        {
            case ArgumentKind.String:
                return StringEscaping.Quote(value.Text);
            case ArgumentKind.Integer:
            case ArgumentKind.Real:
                return value.Text;
            default:
                _diagnostics.Add(
                    DeclarationDiagnostics.At(
                        DeclarationDiagnostics.InvalidText,
                        at,
                        value.Text,
                        "a domain value",
                        "neither a string nor a number"
                    )
                );
                return "0";
        }
    }

    private void Conflict(DeclaredAttribute attribute, string message) =>
        _diagnostics.Add(
            DeclarationDiagnostics.At(DeclarationDiagnostics.AttributeConflict, attribute.Location, message)
        );

    private IReadOnlyList<DeclaredAttribute> All(string name) =>
        _class.Attributes.Where(a => string.Equals(a.Name, name, StringComparison.Ordinal)).ToList();

    private void Line(int depth, string text, SourceSpan at)
    {
        _text.Append(' ', depth * 2).Append(text).Append('\n');
        _lines.Add(at);
    }
}

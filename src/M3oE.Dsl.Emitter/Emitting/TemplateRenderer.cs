using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Linq;
using Scriban;
using Scriban.Runtime;

namespace M3oE.Dsl.Emitter.Emitting;

/// <summary>
/// Renders the embedded Scriban templates. Templates are parsed once per process; rendering runs under the
/// invariant culture, with members named as in C# and line ends normalised to '\n'.
/// </summary>
internal static class TemplateRenderer
{
    private const string ResourcePrefix = "M3oE.Dsl.Emitter.Templates.";

    private static readonly ConcurrentDictionary<string, Template> Templates = new(StringComparer.Ordinal);

    public static string Render(string name, object view)
    {
        var template = Templates.GetOrAdd(name, Load);
        var globals = new ScriptObject();
        globals.Import(view, renamer: member => member.Name);

        var context = new TemplateContext
        {
            MemberRenamer = member => member.Name,
            StrictVariables = true,
            NewLine = "\n",
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(globals);

        var text = template.Render(context);
        return text.Replace("\r\n", "\n");
    }

    private static Template Load(string name)
    {
        var assembly = typeof(TemplateRenderer).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name + ".sbn")
            ?? throw new InvalidOperationException(
                $"The template '{name}' is not embedded in {assembly.GetName().Name}."
            );
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd(), name + ".sbn");
        if (template.HasErrors)
        {
            var errors = string.Join("; ", template.Messages.Select(m => m.ToString()));
            throw new InvalidOperationException($"The template '{name}' does not parse: {errors}");
        }

        return template;
    }
}

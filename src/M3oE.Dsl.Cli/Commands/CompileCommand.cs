using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using M3oE.Dsl.Cli.Infrastructure;
using M3oE.Dsl.Emitter.Emitting;
using M3oE.Dsl.Emitter.Naming;
using M3oE.Dsl.Language.Semantics;
using Spectre.Console.Cli;

namespace M3oE.Dsl.Cli.Commands;

/// <summary>
/// <c>m3oec compile SPEC... --out DIR</c>: writes the C# the source generator would produce for each model,
/// through the same emitter. Every spec is checked first; when any has errors nothing is written.
/// </summary>
public sealed class CompileCommand : Command<CompileSettings>
{
    private readonly CliConsole _console;

    public CompileCommand(CliConsole console)
    {
        _console = console;
    }

    public override int Execute(CommandContext context, CompileSettings settings, CancellationToken cancellationToken)
    {
        var files = SpecPaths.Expand(settings.Specs, out var unmatched);
        foreach (var pattern in unmatched)
        {
            _console.Error.WriteLine($"m3oec: no spec file matches '{pattern}'.");
        }

        if (!IsNamespace(settings.Namespace))
        {
            _console.Error.WriteLine($"m3oec: '{settings.Namespace}' is not a C# namespace.");
            return ExitCodes.CheckFailed;
        }

        var writer = new DiagnosticWriter(_console);
        var outputs = new List<GeneratedFile>();
        var unreadable = 0;
        foreach (var file in files)
        {
            var text = SpecReader.TryRead(file, _console);
            if (text is null)
            {
                unreadable++;
                continue;
            }

            // paths relative to the working folder, as a build uses paths relative to the project
            var relative = RelativePath(file);
            var result = SpecCompiler.Compile(relative, text);
            writer.Write(result.Diagnostics);
            if (result.HasErrors)
            {
                continue;
            }

            var options = new EmitOptions(settings.Namespace, HintNames.Prefix(relative));
            foreach (var model in result.Models)
            {
                var emitted = ModelEmitter.Emit(model, options);
                foreach (var finding in emitted.Diagnostics.Where(d => d.Severity != EmitterSeverity.Info))
                {
                    var severity = finding.Severity == EmitterSeverity.Error ? "error" : "warning";
                    _console.Out.WriteLine($"{file}(1,1): {severity} {finding.Id}: {finding.Message}");
                }

                outputs.AddRange(emitted.Files);
            }
        }

        if (writer.Errors > 0 || unmatched.Count > 0 || unreadable > 0)
        {
            _console.Error.WriteLine("m3oec: nothing was written because of the errors above.");
            return ExitCodes.SpecOrDataErrors;
        }

        Directory.CreateDirectory(settings.Out);
        foreach (var output in outputs)
        {
            var path = Path.Combine(settings.Out, output.HintName);
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, output.Text, new UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
        }

        _console.Error.WriteLine($"{outputs.Count} files written to {settings.Out}.");
        return ExitCodes.Ok;
    }

    private static string RelativePath(string file)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), file).Replace('\\', '/');
        return relative.StartsWith("../", System.StringComparison.Ordinal) ? Path.GetFileName(file) : relative;
    }

    private static bool IsNamespace(string name) =>
        name.Split('.')
            .All(part =>
                part.Length > 0
                && (char.IsLetter(part[0]) || part[0] == '_')
                && part.All(c => char.IsLetterOrDigit(c) || c == '_')
            );
}

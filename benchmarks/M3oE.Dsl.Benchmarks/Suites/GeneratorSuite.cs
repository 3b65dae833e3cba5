using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using M3oE.Dsl.Benchmarks.Generation;
using M3oE.Dsl.Benchmarks.Hosting;
using M3oE.Dsl.Benchmarks.Statistics;
using M3oE.Dsl.Emitter.Emitting;
using M3oE.Dsl.Emitter.Naming;
using M3oE.Dsl.Generator;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Language.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace M3oE.Dsl.Benchmarks.Suites;

/// <summary>
/// The front end and the emitter on a large generated spec, cold (the first call in the process, with its JIT
/// and template parsing) and warm (median of repetitions), then the incremental source generator: its first
/// run, and a run after an edit of an unrelated C# file, whose output steps must all be cached or unchanged.
/// </summary>
public static class GeneratorSuite
{
    public const string Part = "generator";

    private const string SpecPath = "large.m3oe";

    private static readonly string[] OutputSteps =
    {
        M3oEGenerator.Steps.Compiled,
        M3oEGenerator.Steps.SpecDiagnostics,
        M3oEGenerator.Steps.Emitted,
        M3oEGenerator.Steps.Sources,
        M3oEGenerator.Steps.EmitterDiagnostics,
    };

    public static void Run(BenchContext context)
    {
        var options = context.Options;
        var (domains, tasks, features) = options.LargeSpec;
        var text = LargeSpec.Text(domains, tasks, features);
        var report = context.Report;
        report.Add(Part, "domains", "domains of the large spec", domains);
        report.Add(Part, "tasks", "tasks of the large spec", tasks);
        report.Add(Part, "features", "features of the large spec", features);

        var (coldCheck, coldEmit, files) = CheckAndEmit(text);
        var warmCheck = new List<double>();
        var warmEmit = new List<double>();
        for (var i = 0; i < options.GeneratorRepeats; i++)
        {
            var (check, emit, _) = CheckAndEmit(text);
            warmCheck.Add(check);
            warmEmit.Add(emit);
        }

        context.Progress($"generator: parse and check {coldCheck:F0} ms cold, emit {coldEmit:F0} ms cold");
        report.Add(Part, "emitted_files", "files emitted for the large spec", files);
        report.Add(Part, "parse_check_cold_ms", "parse and check, cold", coldCheck, "ms");
        report.Add(Part, "emit_cold_ms", "emit, cold", coldEmit, "ms");
        report.Add(Part, "parse_check_warm_ms", "parse and check, warm", Summary.Of(warmCheck), "ms");
        report.Add(Part, "emit_warm_ms", "emit, warm", Summary.Of(warmEmit), "ms");
        Incremental(context, text);
    }

    private static (double CheckMs, double EmitMs, int Files) CheckAndEmit(string text)
    {
        var watch = Stopwatch.StartNew();
        var compiled = SpecCompiler.Compile(SpecPath, text);
        var check = watch.Elapsed.TotalMilliseconds;
        if (compiled.HasErrors || compiled.Models.Count != 1)
        {
            throw new BenchInputException(
                "the generated large spec does not compile: "
                    + string.Join("; ", compiled.Diagnostics.Where(d => d.IsError).Take(3))
            );
        }

        ModelSpec model = compiled.Models[0];
        watch.Restart();
        var emitted = ModelEmitter.Emit(model, new EmitOptions("Bench.Generated", HintNames.Prefix(SpecPath)));
        return (check, watch.Elapsed.TotalMilliseconds, emitted.Files.Count);
    }

    private static void Incremental(BenchContext context, string text)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var folder = "/bench/project/";
        var unrelated = CSharpSyntaxTree.ParseText("namespace Consumer { internal static class A { } }", parseOptions);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { unrelated },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        );
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new M3oEGenerator().AsSourceGenerator() },
            new AdditionalText[] { new InMemorySpecText(folder + SpecPath, text) },
            parseOptions,
            new ProjectOptions("Consumer", folder),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true)
        );

        var watch = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        var first = watch.Elapsed.TotalMilliseconds;
        var generatedTrees = driver.GetRunResult().GeneratedTrees.Length;

        // an edit of a C# file that has nothing to do with the spec
        var edited = compilation.ReplaceSyntaxTree(
            unrelated,
            CSharpSyntaxTree.ParseText(
                "namespace Consumer { internal static class A { public const int Edited = 1; } }",
                parseOptions
            )
        );
        watch.Restart();
        driver = driver.RunGenerators(edited);
        var second = watch.Elapsed.TotalMilliseconds;
        var result = driver.GetRunResult().Results.Single();

        var reasons = OutputSteps
            .SelectMany(step => Runs(result, step))
            .SelectMany(run => run.Outputs)
            .Select(output => output.Reason)
            .ToList();
        var cached = reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        context.Progress($"generator: after an unrelated edit {cached} of {reasons.Count} outputs cached or unchanged");

        var report = context.Report;
        report.Add(Part, "generated_trees", "generated sources of the first generator run", generatedTrees);
        report.Add(Part, "generator_first_run_ms", "incremental generator, first run", first, "ms");
        report.Add(Part, "generator_after_edit_ms", "incremental generator, run after an unrelated edit", second, "ms");
        report.Add(Part, "outputs_after_edit", "output step results after the edit", reasons.Count);
        report.Add(Part, "reemitted_after_edit", "of them neither cached nor unchanged", reasons.Count - cached);
    }

    private static IEnumerable<IncrementalGeneratorRunStep> Runs(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs) ? runs : Enumerable.Empty<IncrementalGeneratorRunStep>();
}

using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Language.Collections;
using M3oE.Dsl.Language.Diagnostics;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Language.Parsing;
using M3oE.Dsl.Language.Syntax;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Semantics;

/// <summary>
/// The front end's entry point: parses a spec file and the files it imports, resolves <c>extends</c>, checks
/// every model of the file and returns the checked models with all diagnostics. It never throws for any
/// input: malformed specs produce diagnostics.
/// </summary>
public sealed class SpecCompiler
{
    /// <summary>Imports nested deeper than this are not followed.</summary>
    public const int MaxImportDepth = 16;

    private readonly ISpecFileProvider _files;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly Dictionary<string, SpecFileSyntax> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _loading = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ModelSyntax Model, SourceText Source)> _models = new(StringComparer.Ordinal);

    private SpecCompiler(ISpecFileProvider files)
    {
        _files = files;
    }

    /// <summary>Compiles the spec at <paramref name="path"/> whose text is <paramref name="text"/>.</summary>
    public static CompilationResult Compile(string path, string text, ISpecFileProvider? files = null)
    {
        var compiler = new SpecCompiler(files ?? FileSystemSpecFileProvider.Instance);
        return compiler.Run(new SourceText(path, text));
    }

    private CompilationResult Run(SourceText source)
    {
        var root = Load(source, depth: 0);

        // import failures count too: a missing import makes its models look undeclared
        var afterSyntaxErrors = _diagnostics.HasErrors;
        if (root.Models.Count == 0 && !_diagnostics.HasErrors)
        {
            _diagnostics.Report(DiagnosticCatalog.NoModel, source, new TextSpan(0, 0));
        }

        // the root file's models are registered last and win, so that a clash with an import is reported
        // on the model the user is editing
        foreach (var file in _loaded.Values.Where(f => !ReferenceEquals(f, root)))
        {
            RegisterModels(file);
        }

        RegisterModels(root, isRoot: true);

        var models = new List<ModelSpec>();
        foreach (var model in root.Models)
        {
            var sections = ResolveSections(model, root.Source, afterSyntaxErrors);
            if (sections is null)
            {
                continue;
            }

            var binder = new ModelBinder(_diagnostics, model, root.Source, sections, afterSyntaxErrors);
            models.Add(binder.Bind());
        }

        return new CompilationResult(
            source.Path,
            models.ToEquatableArray(),
            _diagnostics.ToSortedList().ToEquatableArray()
        );
    }

    private SpecFileSyntax Load(SourceText source, int depth)
    {
        var parsed = SpecParser.Parse(source);
        _diagnostics.AddRange(parsed.Diagnostics);
        _loaded[source.Path] = parsed.Syntax;
        _loading.Add(source.Path);

        foreach (var import in parsed.Syntax.Imports)
        {
            var path = _files.Resolve(source.Path, import.Path.Text);
            if (_loading.Contains(path))
            {
                _diagnostics.Report(DiagnosticCatalog.ImportCycle, source, import.Path.Span, import.Path.Text);
                continue;
            }

            if (_loaded.ContainsKey(path) || depth >= MaxImportDepth)
            {
                continue;
            }

            var text = _files.Read(path);
            if (text is null)
            {
                _diagnostics.Report(DiagnosticCatalog.ImportNotFound, source, import.Path.Span, import.Path.Text);
                continue;
            }

            var errorsBefore = _diagnostics.Items.Count(d => d.IsError);
            Load(new SourceText(path, text), depth + 1);
            if (_diagnostics.Items.Count(d => d.IsError) > errorsBefore)
            {
                _diagnostics.Report(
                    DiagnosticCatalog.ImportedFileHasErrors,
                    source,
                    import.Path.Span,
                    import.Path.Text
                );
            }
        }

        _loading.Remove(source.Path);
        return parsed.Syntax;
    }

    private void RegisterModels(SpecFileSyntax file, bool isRoot = false)
    {
        foreach (var model in file.Models)
        {
            if (_models.TryGetValue(model.Name.Text, out var first))
            {
                var fromImport = !ReferenceEquals(first.Source, file.Source);
                if (fromImport && isRoot)
                {
                    _models[model.Name.Text] = (model, file.Source);
                }

                if (!ReferenceEquals(first.Model, model))
                {
                    var line = first.Source.GetPosition(first.Model.Name.Span.Start).Line;
                    var where = ReferenceEquals(first.Source, file.Source)
                        ? "line " + line
                        : first.Source.Path + " line " + line;
                    _diagnostics.Report(
                        DiagnosticCatalog.DuplicateModel,
                        file.Source,
                        model.Name.Span,
                        model.Name.Text,
                        where
                    );
                }

                continue;
            }

            _models[model.Name.Text] = (model, file.Source);
        }
    }

    /// <summary>
    /// The sections of a model after inheritance: a derived model's section replaces its base's section of
    /// the same keyword whole. Null when the chain of bases is broken.
    /// </summary>
    private Dictionary<string, SourcedDeclaration>? ResolveSections(
        ModelSyntax model,
        SourceText source,
        bool afterSyntaxErrors
    )
    {
        var chain = new List<(ModelSyntax Model, SourceText Source)> { (model, source) };
        var names = new List<string> { model.Name.Text };
        var current = (Model: model, Source: source);
        while (current.Model.Base is { } baseName)
        {
            if (names.Contains(baseName.Text))
            {
                var cycle = string.Join(" -> ", names.Concat(new[] { baseName.Text }));
                _diagnostics.Report(
                    DiagnosticCatalog.CircularExtends,
                    source,
                    model.Base!.Span,
                    model.Name.Text,
                    cycle
                );
                return null;
            }

            if (!_models.TryGetValue(baseName.Text, out var found))
            {
                // after a broken import the base is most likely in the file that could not be read
                if (!afterSyntaxErrors)
                {
                    _diagnostics.Report(
                        DiagnosticCatalog.UnknownBaseModel,
                        current.Source,
                        baseName.Span,
                        baseName.Text
                    );
                }

                return null;
            }

            chain.Add(found);
            names.Add(baseName.Text);
            current = found;
        }

        var sections = new Dictionary<string, SourcedDeclaration>(StringComparer.Ordinal);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var own = new Dictionary<string, DeclarationSyntax>(StringComparer.Ordinal);
            foreach (var declaration in chain[i].Model.Declarations)
            {
                var keyword = declaration.Keyword.Text;
                if (own.TryGetValue(keyword, out var first))
                {
                    var line = chain[i].Source.GetPosition(first.Keyword.Span.Start).Line;
                    _diagnostics.Report(
                        DiagnosticCatalog.DuplicateSection,
                        chain[i].Source,
                        declaration.Keyword.Span,
                        keyword,
                        line
                    );
                    continue;
                }

                own[keyword] = declaration;
                if (declaration is RemovedSectionSyntax)
                {
                    sections.Remove(keyword);
                }
                else
                {
                    sections[keyword] = new SourcedDeclaration(declaration, chain[i].Source, chain[i].Model.Name.Text);
                }
            }
        }

        return sections;
    }
}

using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Language.Collections;
using M3oE.Dsl.Language.Diagnostics;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Language.Parsing;
using M3oE.Dsl.Language.Syntax;

namespace M3oE.Dsl.Language.Semantics;

internal sealed partial class ModelBinder
{
    private const int DefaultEmbeddingDim = 16;

    private static readonly string[] TypeWords = { "int", "float", "string" };

    private DataSpec BindData()
    {
        var data = Section<DataSectionSyntax>("data");
        if (data is null)
        {
            ReportMissing("data", "declare the columns, for example 'data { sparse user_id, item_id }'");
            return new DataSpec(EquatableArray<ColumnSpec>.Empty, DefaultEmbeddingDim, null, BadRowPolicy.Fail);
        }

        // settings that apply to the whole section come first, whatever their place
        var defaultDim = DefaultEmbeddingDim;
        var badRows = BadRowPolicy.Fail;
        var seenSettings = new Dictionary<string, DataEntrySyntax>();
        foreach (var entry in data.Entries.Where(e => e.Kind.Text is "embedding" or "bad_rows"))
        {
            if (seenSettings.TryGetValue(entry.Kind.Text, out var first))
            {
                _context.Report(
                    DiagnosticCatalog.DuplicateOption,
                    entry.Kind.Span,
                    entry.Kind.Text,
                    _context.Line(first.Kind.Span)
                );
                continue;
            }

            seenSettings[entry.Kind.Text] = entry;
            if (entry.Kind.Text == "embedding")
            {
                ExpectNoNames(entry);
                var options = new OptionReader(_context, entry.Options, "embedding", new[] { "dim" });
                defaultDim = options.Int("dim", DefaultEmbeddingDim, 1, 4096, "data.embedding.dim");
            }
            else
            {
                badRows = BindBadRows(entry);
            }
        }

        var columns = new List<ColumnSpec>();
        var declared = new Dictionary<string, NameSyntax>();
        string? group = null;
        NameSyntax? groupName = null;
        foreach (var entry in data.Entries)
        {
            switch (entry.Kind.Text)
            {
                case "embedding" or "bad_rows":
                    break;
                case "group":
                    if (entry.Names.Count != 1 || entry.Source is not null || entry.Options.Count > 0)
                    {
                        _context.Report(
                            DiagnosticCatalog.BadArguments,
                            entry.Kind.Span,
                            "group",
                            "takes one column name"
                        );
                    }
                    else if (groupName is not null)
                    {
                        _context.Report(
                            DiagnosticCatalog.DuplicateOption,
                            entry.Kind.Span,
                            "group",
                            _context.Line(groupName.Span)
                        );
                    }
                    else
                    {
                        groupName = entry.Names[0];
                    }

                    break;
                case "sparse" or "dense" or "bucket" or "sequence" or "column":
                    foreach (var column in BindColumns(entry, defaultDim, declared))
                    {
                        columns.Add(column);
                        _columns[column.Name] = column;
                    }

                    break;
                default:
                    _context.Report(
                        DiagnosticCatalog.UnknownWord,
                        entry.Kind.Span,
                        entry.Kind.Text,
                        "data entry",
                        string.Join(", ", Vocabulary.DataKinds)
                    );
                    break;
            }
        }

        CheckCollisions(declared.Values);
        CheckSharedTables(columns, data);

        if (groupName is not null)
        {
            if (_columns.ContainsKey(groupName.Text))
            {
                group = groupName.Text;
            }
            else
            {
                _context.Report(DiagnosticCatalog.UnknownColumn, groupName.Span, groupName.Text);
            }
        }

        if (columns.Count == 0 && data.Entries.Count == 0)
        {
            _context.Report(DiagnosticCatalog.EmptySection, data.Keyword.Span, "data", "declare at least one feature");
        }
        else if (!columns.Any(c => c.IsFeature) && columns.Count > 0)
        {
            _context.Report(
                DiagnosticCatalog.EmptySection,
                data.Keyword.Span,
                "data",
                "declare at least one feature (sparse, dense, bucket or sequence)"
            );
        }

        return new DataSpec(columns.ToEquatableArray(), defaultDim, group, badRows);
    }

    private BadRowPolicy BindBadRows(DataEntrySyntax entry)
    {
        if (entry.Names.Count == 1 && entry.Options.Count == 0 && entry.Names[0].Text is "fail" or "skip")
        {
            return entry.Names[0].Text == "skip" ? BadRowPolicy.Skip : BadRowPolicy.Fail;
        }

        _context.Report(DiagnosticCatalog.BadArguments, entry.Kind.Span, "bad_rows", "takes one word: fail or skip");
        return BadRowPolicy.Fail;
    }

    private void ExpectNoNames(DataEntrySyntax entry)
    {
        if (entry.Names.Count > 0 || entry.Source is not null)
        {
            _context.Report(
                DiagnosticCatalog.BadArguments,
                entry.Names.FirstOrDefault()?.Span ?? entry.Kind.Span,
                entry.Kind.Text,
                "takes options only"
            );
        }
    }

    private IEnumerable<ColumnSpec> BindColumns(
        DataEntrySyntax entry,
        int defaultDim,
        Dictionary<string, NameSyntax> declared
    )
    {
        var kind = entry.Kind.Text;
        if (entry.Names.Count == 0)
        {
            _context.Report(DiagnosticCatalog.BadArguments, entry.Kind.Span, kind, "needs at least one column name");
            yield break;
        }

        if (kind == "bucket" && entry.Names.Count != 1)
        {
            _context.Report(
                DiagnosticCatalog.BadArguments,
                entry.Names[1].Span,
                "bucket",
                "declares one column at a time"
            );
        }

        if (entry.Source is not null && kind != "bucket")
        {
            _context.Report(
                DiagnosticCatalog.BadArguments,
                entry.Source.Span,
                kind,
                "takes no 'from' column; only bucket does"
            );
        }

        var spec = BindColumnOptions(entry, defaultDim);
        foreach (var name in entry.Names)
        {
            if (!CheckName(name, "column"))
            {
                continue;
            }

            if (declared.TryGetValue(name.Text, out var first))
            {
                _context.Report(DiagnosticCatalog.DuplicateColumn, name.Span, name.Text, _context.Line(first.Span));
                continue;
            }

            declared[name.Text] = name;
            yield return spec with
            {
                Name = name.Text,
                CSharpName = CSharpNames.ToPascalCase(name.Text),
            };
        }
    }

    private ColumnSpec BindColumnOptions(DataEntrySyntax entry, int defaultDim)
    {
        var kind = entry.Kind.Text;
        var first = entry.Names[0].Text;
        var allowed = kind switch
        {
            "sparse" => new[] { "dim", "vocab", "min_count", "hash", "table", "int", "string" },
            "dense" => new[] { "normalize", "fill", "int", "float" },
            "bucket" => new[] { "boundaries", "quantiles", "dim" },
            "sequence" => new[] { "dim", "vocab", "min_count", "hash", "table", "separator", "max_length", "pool" },
            _ => TypeWords,
        };
        if (kind != "bucket")
        {
            allowed = allowed.Concat(new[] { "header" }).ToArray();
        }

        var options = new OptionReader(_context, entry.Options, kind, allowed);
        var header = options.String("header");
        if (header is not null && entry.Names.Count > 1)
        {
            _context.Report(
                DiagnosticCatalog.BadArguments,
                options.Get("header")!.Key.Span,
                "header",
                "names the file column of one declared column; declare that column on its own line"
            );
            header = null;
        }
        else if (header is { Length: 0 })
        {
            _context.Report(
                DiagnosticCatalog.BadArguments,
                options.Get("header")!.Key.Span,
                "header",
                "must not be empty"
            );
            header = null;
        }
        var path =
            entry.Names.Count == 1 ? "data." + first : "data." + string.Join("+", entry.Names.Select(n => n.Text));

        var type = BindType(options, kind);
        var dim = kind is "sparse" or "bucket" or "sequence"
            ? options.Int("dim", defaultDim, 1, 4096, path + ".dim")
            : 0;
        var vocabulary = kind is "sparse" or "sequence" ? BindVocabulary(options) : null;
        var table = kind is "sparse" or "sequence" ? BindTable(options) : null;

        var normalization = Normalization.None;
        double? fill = null;
        if (kind == "dense")
        {
            normalization = options.Word("normalize", new[] { "none", "minmax", "standard" }, "normalisation") switch
            {
                "minmax" => Normalization.MinMax,
                "standard" => Normalization.Standard,
                _ => Normalization.None,
            };
            fill = options.Has("fill") ? options.Double("fill", 0, NumberRange.Any) : 0;
        }

        string? source = null;
        var boundaries = new List<double>();
        var quantiles = 0;
        if (kind == "bucket")
        {
            source = BindBucketSource(entry);
            boundaries = BindBoundaries(options);
            quantiles = options.Int("quantiles", 0, 2, 1000);
            if (options.Has("boundaries") == options.Has("quantiles"))
            {
                _context.Report(
                    DiagnosticCatalog.BadArguments,
                    entry.Kind.Span,
                    "bucket",
                    "needs either 'boundaries [..]' or 'quantiles N'"
                );
            }
        }

        string? separator = null;
        var maxLength = 0;
        var pooling = Pooling.Mean;
        if (kind == "sequence")
        {
            separator = options.String("separator") ?? "|";
            if (separator.Length == 0)
            {
                _context.Report(
                    DiagnosticCatalog.BadArguments,
                    options.Get("separator")!.Key.Span,
                    "separator",
                    "must not be empty"
                );
            }

            maxLength = options.Int("max_length", 32, 1, 100_000);
            pooling = options.Word("pool", new[] { "mean", "sum", "max" }, "pooling") switch
            {
                "sum" => Pooling.Sum,
                "max" => Pooling.Max,
                _ => Pooling.Mean,
            };
        }

        var columnKind = kind switch
        {
            "sparse" => ColumnKind.Sparse,
            "dense" => ColumnKind.Dense,
            "bucket" => ColumnKind.Bucket,
            "sequence" => ColumnKind.Sequence,
            _ => ColumnKind.Raw,
        };

        return new ColumnSpec(
            first,
            CSharpNames.ToPascalCase(first),
            columnKind,
            type,
            dim,
            vocabulary,
            table,
            normalization,
            fill,
            source,
            boundaries.ToEquatableArray(),
            quantiles,
            separator,
            maxLength,
            pooling,
            header
        );
    }

    private ColumnType BindType(OptionReader options, string kind)
    {
        var given = TypeWords.Where(options.Flag).ToList();
        if (given.Count > 1)
        {
            _context.Report(
                DiagnosticCatalog.BadArguments,
                options.Get(given[1])!.Key.Span,
                given[1],
                "conflicts with '" + given[0] + "'; give one type"
            );
        }

        var word = given.Count > 0 ? given[0] : null;
        return word switch
        {
            "int" => ColumnType.Int,
            "string" => ColumnType.String,
            "float" => ColumnType.Float,
            _ => kind is "sparse" or "sequence" ? ColumnType.String : ColumnType.Float,
        };
    }

    private VocabularySpec BindVocabulary(OptionReader options)
    {
        if (options.Has("hash"))
        {
            if (options.Has("vocab"))
            {
                _context.Report(
                    DiagnosticCatalog.BadArguments,
                    options.Get("hash")!.Key.Span,
                    "hash",
                    "cannot be combined with 'vocab'; choose one"
                );
            }

            return new VocabularySpec(VocabularyKind.Hash, options.Int("hash", 1024, 2), 1);
        }

        var minCount = options.Int("min_count", 1, 1);
        var args = options.Args("vocab");
        if (args.Count == 0)
        {
            if (options.Has("vocab"))
            {
                _context.Report(
                    DiagnosticCatalog.BadArguments,
                    options.Get("vocab")!.Key.Span,
                    "vocab",
                    "takes 'data' or a size"
                );
            }

            return new VocabularySpec(VocabularyKind.FromData, 0, minCount);
        }

        if (args.Count == 1 && args[0] is WordArgSyntax { Word.Text: "data" })
        {
            return new VocabularySpec(VocabularyKind.FromData, 0, minCount);
        }

        if (
            args.Count == 1
            && args[0] is ValueArgSyntax { Value.IsSpace: false } value
            && _context.CheckInt("'vocab'", value.Value.First, 2, int.MaxValue, out var size)
        )
        {
            if (options.Has("min_count"))
            {
                _context.Report(
                    DiagnosticCatalog.BadArguments,
                    options.Get("min_count")!.Key.Span,
                    "min_count",
                    "applies only to 'vocab data'"
                );
            }

            return new VocabularySpec(VocabularyKind.Fixed, size, 1);
        }

        if (args.Count != 1 || args[0] is not ValueArgSyntax)
        {
            _context.Report(DiagnosticCatalog.BadArguments, args[0].Span, "vocab", "takes 'data' or a size");
        }

        return new VocabularySpec(VocabularyKind.FromData, 0, minCount);
    }

    private string? BindTable(OptionReader options)
    {
        var args = options.Args("table");
        if (!options.Has("table"))
        {
            return null;
        }

        if (args.Count == 1 && args[0] is WordArgSyntax word && CheckName(word.Word, "table"))
        {
            return word.Word.Text;
        }

        _context.Report(
            DiagnosticCatalog.BadArguments,
            options.Get("table")!.Key.Span,
            "table",
            "takes one table name"
        );
        return null;
    }

    private string? BindBucketSource(DataEntrySyntax entry)
    {
        if (entry.Source is null)
        {
            _context.Report(
                DiagnosticCatalog.BadArguments,
                entry.Kind.Span,
                "bucket",
                "needs a source column: 'bucket NAME from COLUMN'"
            );
            return null;
        }

        if (!_columns.TryGetValue(entry.Source.Text, out var source))
        {
            _context.Report(DiagnosticCatalog.UnknownColumn, entry.Source.Span, entry.Source.Text);
            return null;
        }

        if (source.Type == ColumnType.String || source.Kind is ColumnKind.Sequence)
        {
            _context.Report(
                DiagnosticCatalog.WrongColumnKind,
                entry.Source.Span,
                entry.Source.Text,
                "not numeric",
                "a bucket needs a numeric column declared before it"
            );
        }

        return source.Name;
    }

    private List<double> BindBoundaries(OptionReader options)
    {
        var numbers = options.NumberList("boundaries");
        var result = new List<double>();
        if (numbers is null)
        {
            return result;
        }

        foreach (var number in numbers)
        {
            if (!_context.CheckRange("a boundary", number, NumberRange.Any))
            {
                continue;
            }

            if (result.Count > 0 && number.Value <= result[result.Count - 1])
            {
                _context.Report(
                    DiagnosticCatalog.BoundariesNotIncreasing,
                    number.Span,
                    number.Text,
                    BindingContext.Format(result[result.Count - 1])
                );
                continue;
            }

            result.Add(number.Value);
        }

        return result;
    }

    private void CheckSharedTables(List<ColumnSpec> columns, DataSectionSyntax data)
    {
        foreach (var table in columns.Where(c => c.Table is not null).GroupBy(c => c.Table))
        {
            var dims = table.Select(c => c.Dim).Distinct().ToList();
            if (dims.Count > 1)
            {
                var name = data.Entries.SelectMany(e => e.Options).First(o => o.Key.Text == "table");
                _context.Report(
                    DiagnosticCatalog.BadArguments,
                    name.Key.Span,
                    "table " + table.Key,
                    "joins features of different dims (" + string.Join(" and ", dims) + "); give them the same dim"
                );
            }
        }
    }
}

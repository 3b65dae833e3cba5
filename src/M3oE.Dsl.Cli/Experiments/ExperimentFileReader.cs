using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using M3oE.Dsl.Cli.Training;

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>
/// Reads and checks an experiment file (JSON, comments and trailing commas allowed). Every problem becomes an
/// <see cref="ExperimentFileException"/> naming the file and the line or the field.
/// </summary>
internal static class ExperimentFileReader
{
    private static readonly string[] TopFields =
    [
        "title",
        "data",
        "output",
        "report",
        "seeds",
        "epochs",
        "grid",
        "models",
        "threads",
        "notes",
    ];

    private static readonly string[] ModelFields = ["name", "spec", "model", "role", "published"];

    private static readonly string[] PublishedFields = ["source", "auc", "logLoss", "cells"];

    public static ExperimentFile Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ExperimentFileException($"cannot read the experiment file '{path}': {exception.Message}");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(
                text,
                new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }
            );
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var column = (exception.BytePositionInLine ?? 0) + 1;
            throw new ExperimentFileException($"{path}({line},{column}): the experiment file is not valid JSON.");
        }

        using (document)
        {
            return new Reader(path).File(document.RootElement);
        }
    }

    private sealed class Reader(string path)
    {
        private readonly string _folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;

        public ExperimentFile File(JsonElement root)
        {
            Expect(root, JsonValueKind.Object, "the top level");
            Known(root, TopFields, string.Empty);

            var title = OptionalString(root, "title") ?? System.IO.Path.GetFileNameWithoutExtension(path);
            var data = Resolve(RequiredString(root, "data", "data"));
            if (DataFiles.Problem(data) is { } problem)
            {
                throw Fail("data", problem);
            }

            var output = Resolve(RequiredString(root, "output", "output"));
            var report = Resolve(RequiredString(root, "report", "report"));
            var seeds = Seeds(Required(root, "seeds", "seeds"));
            var epochs = PositiveInt(Required(root, "epochs", "epochs"), "epochs");
            var grid = Grid(Required(root, "grid", "grid"));
            var models = Models(Required(root, "models", "models"));
            int? threads = root.TryGetProperty("threads", out var threadCount)
                ? PositiveInt(threadCount, "threads")
                : null;
            var notes = new List<string>();
            if (root.TryGetProperty("notes", out var notesElement))
            {
                Expect(notesElement, JsonValueKind.Array, "notes");
                var index = 0;
                foreach (var note in notesElement.EnumerateArray())
                {
                    Expect(note, JsonValueKind.String, $"notes[{index++}]");
                    notes.Add(note.GetString()!);
                }
            }

            return new ExperimentFile(path, title, data, output, report, seeds, epochs, grid, models, threads, notes);
        }

        private List<int> Seeds(JsonElement element)
        {
            Expect(element, JsonValueKind.Array, "seeds");
            var seeds = new List<int>();
            var index = 0;
            foreach (var seed in element.EnumerateArray())
            {
                var field = $"seeds[{index++}]";
                if (seed.ValueKind != JsonValueKind.Number || !seed.TryGetInt32(out var value))
                {
                    throw Fail(field, "a seed must be a whole number.");
                }

                if (seeds.Contains(value))
                {
                    throw Fail(field, $"the seed {value} is listed twice.");
                }

                seeds.Add(value);
            }

            return seeds.Count > 0 ? seeds : throw Fail("seeds", "list at least one seed.");
        }

        private List<GridPoint> Grid(JsonElement element)
        {
            Expect(element, JsonValueKind.Object, "grid");
            Known(element, ["learningRate", "batch"], "grid.");
            var rates = new List<double>();
            var index = 0;
            var rateList = Required(element, "learningRate", "grid.learningRate");
            Expect(rateList, JsonValueKind.Array, "grid.learningRate");
            foreach (var rate in rateList.EnumerateArray())
            {
                var field = $"grid.learningRate[{index++}]";
                if (rate.ValueKind != JsonValueKind.Number || rate.GetDouble() is not > 0 || rate.GetDouble() > 10)
                {
                    throw Fail(field, "a learning rate must be a number above 0 and at most 10.");
                }

                rates.Add(rate.GetDouble());
            }

            if (rates.Count == 0)
            {
                throw Fail("grid.learningRate", "list at least one learning rate.");
            }

            var batches = new List<int?>();
            if (element.TryGetProperty("batch", out var batchList))
            {
                Expect(batchList, JsonValueKind.Array, "grid.batch");
                index = 0;
                foreach (var batch in batchList.EnumerateArray())
                {
                    batches.Add(PositiveInt(batch, $"grid.batch[{index++}]"));
                }
            }

            if (batches.Count == 0)
            {
                batches.Add(null);
            }

            var points = rates.SelectMany(r => batches.Select(b => new GridPoint(r, b))).ToList();
            var twice = points.GroupBy(p => p.Key).FirstOrDefault(g => g.Count() > 1);
            return twice is null ? points : throw Fail("grid", $"the point '{twice.First().Label}' is listed twice.");
        }

        private List<ExperimentModel> Models(JsonElement element)
        {
            Expect(element, JsonValueKind.Array, "models");
            var models = new List<ExperimentModel>();
            var index = 0;
            foreach (var entry in element.EnumerateArray())
            {
                var field = $"models[{index++}]";
                Expect(entry, JsonValueKind.Object, field);
                Known(entry, ModelFields, field + ".");
                var name = RequiredString(entry, "name", field + ".name");
                if (ExperimentPaths.Slug(name).Length == 0)
                {
                    throw Fail(field + ".name", "a model name needs at least one letter or digit.");
                }

                if (models.Any(m => m.Key == ExperimentPaths.Slug(name)))
                {
                    throw Fail(field + ".name", $"the name '{name}' is used twice (or differs only in case).");
                }

                var spec = RequiredString(entry, "spec", field + ".spec");
                var specPath = Resolve(spec);
                if (!System.IO.File.Exists(specPath))
                {
                    throw Fail(field + ".spec", $"the spec '{spec}' does not exist (looked for '{specPath}').");
                }

                var role = RequiredString(entry, "role", field + ".role") switch
                {
                    "reference" => ModelRole.Reference,
                    "ablation" => ModelRole.Ablation,
                    "baseline" => ModelRole.Baseline,
                    var other => throw Fail(
                        field + ".role",
                        $"'{other}' is not a role; use reference, ablation or baseline."
                    ),
                };
                var published = entry.TryGetProperty("published", out var figures)
                    ? Published(figures, field + ".published")
                    : null;
                models.Add(new ExperimentModel(name, spec, specPath, OptionalString(entry, "model"), role, published));
            }

            var references = models.Count(m => m.Role == ModelRole.Reference);
            return references == 1
                ? models
                : throw Fail("models", $"exactly one model must have the role 'reference'; {references} do.");
        }

        private PublishedFigures Published(JsonElement element, string field)
        {
            Expect(element, JsonValueKind.Object, field);
            Known(element, PublishedFields, field + ".");
            var cells = new List<double>();
            if (element.TryGetProperty("cells", out var list))
            {
                Expect(list, JsonValueKind.Array, field + ".cells");
                var index = 0;
                foreach (var cell in list.EnumerateArray())
                {
                    cells.Add(Number(cell, $"{field}.cells[{index++}]"));
                }
            }

            return new PublishedFigures(
                RequiredString(element, "source", field + ".source"),
                element.TryGetProperty("auc", out var auc) ? Number(auc, field + ".auc") : null,
                element.TryGetProperty("logLoss", out var logLoss) ? Number(logLoss, field + ".logLoss") : null,
                cells
            );
        }

        private double Number(JsonElement element, string field) =>
            element.ValueKind == JsonValueKind.Number ? element.GetDouble() : throw Fail(field, "expected a number.");

        private int PositiveInt(JsonElement element, string field) =>
            element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value) && value >= 1
                ? value
                : throw Fail(field, "expected a whole number of at least 1.");

        private JsonElement Required(JsonElement element, string name, string field) =>
            element.TryGetProperty(name, out var value) ? value : throw Fail(field, "this field is required.");

        private string RequiredString(JsonElement element, string name, string field)
        {
            var value = Required(element, name, field);
            Expect(value, JsonValueKind.String, field);
            var text = value.GetString()!;
            return text.Trim().Length > 0 ? text : throw Fail(field, "expected a non-empty string.");
        }

        private string? OptionalString(JsonElement element, string name)
        {
            if (!element.TryGetProperty(name, out var value))
            {
                return null;
            }

            Expect(value, JsonValueKind.String, name);
            return value.GetString();
        }

        private void Known(JsonElement element, IReadOnlyList<string> names, string prefix)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (!names.Contains(property.Name))
                {
                    throw Fail(
                        prefix + property.Name,
                        $"unknown field; the known ones are {string.Join(", ", names)}."
                    );
                }
            }
        }

        private void Expect(JsonElement element, JsonValueKind kind, string field)
        {
            if (element.ValueKind != kind)
            {
                var what = kind switch
                {
                    JsonValueKind.Object => "an object",
                    JsonValueKind.Array => "an array",
                    JsonValueKind.String => "a string",
                    _ => "a number",
                };
                throw Fail(field, $"expected {what}, found {element.ValueKind.ToString().ToLowerInvariant()}.");
            }
        }

        private string Resolve(string relative) =>
            System.IO.Path.GetFullPath(System.IO.Path.Combine(_folder, relative));

        private ExperimentFileException Fail(string field, string message) =>
            new($"{path}: field '{field}': {message}");
    }
}

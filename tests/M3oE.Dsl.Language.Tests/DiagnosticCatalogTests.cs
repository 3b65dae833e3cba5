using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using M3oE.Dsl.Language.Diagnostics;
using M3oE.Dsl.Language.Tests.Infrastructure;

namespace M3oE.Dsl.Language.Tests;

public sealed class DiagnosticCatalogTests
{
    [Fact]
    public void CodesAreUniqueWellFormedAndInOrder()
    {
        var ids = DiagnosticCatalog.All.Select(d => d.Id).ToList();

        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.All(ids, id => Assert.Matches("^M3OE[0-9]{4}$", id));
        Assert.Equal(ids.OrderBy(i => i, System.StringComparer.Ordinal), ids);
    }

    [Fact]
    public void EveryMessageEndsWithAFullStop()
    {
        Assert.All(DiagnosticCatalog.All, d => Assert.EndsWith(".", d.MessageFormat.TrimEnd()));
    }

    [Fact]
    public void EveryCodeHasASectionInTheDiagnosticsDocument()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));

        foreach (var descriptor in DiagnosticCatalog.All)
        {
            Assert.Matches(new Regex("^## " + descriptor.Id + ": ", RegexOptions.Multiline), document);
        }
    }

    [Fact]
    public void EveryCodeIsShownByAGoldenSpec()
    {
        var golden = Directory.EnumerateFiles(RepositoryPaths.Golden, "*.verified.txt", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .ToList();

        var missing = DiagnosticCatalog.All
            .Where(d => !golden.Any(text => text.Contains(" " + d.Id + ": ")))
            .Select(d => d.Id)
            .ToList();

        Assert.True(missing.Count == 0, "No golden spec shows " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryExampleInTheDiagnosticsDocumentIsWhatTheCheckerPrints()
    {
        var golden = Directory.EnumerateFiles(RepositoryPaths.Golden, "*.verified.txt", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines)
            .ToList();
        var examples = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"))
            .Where(line => Regex.IsMatch(line, @"^M3OE[0-9]{4}-[^ ]+\.m3oe\([0-9]+,[0-9]+\): (error|warning) M3OE"))
            .ToList();

        Assert.NotEmpty(examples);
        var stale = examples.Where(e => !golden.Any(g => g.EndsWith("/" + e, System.StringComparison.Ordinal))).ToList();
        Assert.True(stale.Count == 0, "Examples no golden file prints:\n" + string.Join("\n", stale));
    }
}

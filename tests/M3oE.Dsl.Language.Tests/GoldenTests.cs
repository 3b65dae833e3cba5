using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Language.Semantics;
using M3oE.Dsl.Language.Tests.Infrastructure;

namespace M3oE.Dsl.Language.Tests;

/// <summary>
/// Each invalid spec under <c>Golden/invalid</c> sits beside the exact diagnostics it must produce; each
/// valid spec (under <c>Golden/valid</c> and <c>samples</c>) beside the dump of its checked model.
/// </summary>
public sealed class GoldenTests
{
    public static IEnumerable<object[]> InvalidSpecs() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Golden, "invalid"), "*.m3oe")
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileName(f) });

    public static IEnumerable<object[]> ValidSpecs() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Golden, "valid"), "*.m3oe")
            .Concat(Directory.EnumerateFiles(RepositoryPaths.Samples, "*.m3oe", SearchOption.AllDirectories))
            .Select(RepositoryPaths.Relative)
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(InvalidSpecs))]
    public void InvalidSpecProducesExactlyItsGoldenDiagnostics(string name)
    {
        var path = Path.Combine(RepositoryPaths.Golden, "invalid", name);
        var result = Compile(path);

        Assert.NotEmpty(result.Diagnostics);
        Snapshot.Verify(Path.ChangeExtension(path, ".verified.txt"), Render(result));
    }

    [Theory]
    [MemberData(nameof(ValidSpecs))]
    public void ValidSpecChecksCleanAndMatchesItsModelDump(string relative)
    {
        var path = Path.Combine(RepositoryPaths.Root, relative);
        var result = Compile(path);

        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.Models);
        var dump = string.Concat(result.Models.Select(ModelDumper.Dump));
        var verified = relative.StartsWith("samples/", System.StringComparison.Ordinal)
            ? Path.Combine(RepositoryPaths.Golden, "samples", relative.Substring("samples/".Length).Replace('/', '.'))
            : path;
        Snapshot.Verify(Path.ChangeExtension(verified, ".verified.txt"), dump);
    }

    [Fact]
    public void AtLeastFortyInvalidSpecsAreCovered()
    {
        Assert.True(InvalidSpecs().Count() >= 40, "Golden/invalid holds fewer than 40 specs.");
    }

    /// <summary>Compiles with paths relative to the repository, so that the golden files hold no machine paths.</summary>
    internal static CompilationResult Compile(string path) =>
        SpecCompiler.Compile(RepositoryPaths.Relative(path), File.ReadAllText(path), new RepositoryFileProvider());

    internal static string Render(CompilationResult result)
    {
        var builder = new StringBuilder();
        foreach (var diagnostic in result.Diagnostics)
        {
            builder.Append(diagnostic).Append('\n');
        }

        return builder.ToString();
    }
}

using System;
using System.IO;
using System.Linq;
using M3oE.Dsl.Language.Tests.Infrastructure;

namespace M3oE.Dsl.Cli.Tests;

[Collection("working directory")]
public sealed class CompileCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "m3oec-compile-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void CompileWritesExactlyWhatTheSourceGeneratorEmits()
    {
        var (code, _, _) = CliRunner.Run(
            RepositoryPaths.Root,
            "compile",
            "samples",
            "--out",
            _folder,
            "--namespace",
            "Samples"
        );

        Assert.Equal(0, code);
        var snapshots = Path.Combine(RepositoryPaths.Root, "tests", "M3oE.Dsl.Generator.Tests", "Snapshots");
        var expected = Directory
            .GetFiles(snapshots, "*.verified.cs")
            .Select(f => Path.GetFileName(f).Replace(".verified.cs", ".g.cs"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var written = Directory
            .GetFiles(_folder)
            .Select(f => Path.GetFileName(f)!)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, written);
        foreach (var name in written)
        {
            var snapshot = Path.Combine(snapshots, name.Replace(".g.cs", ".verified.cs"));
            Assert.Equal(File.ReadAllText(snapshot), File.ReadAllText(Path.Combine(_folder, name)));
        }
    }

    [Fact]
    public void CompileWritesNothingWhenASpecHasErrors()
    {
        var specs = Path.Combine(_folder, "specs");
        Directory.CreateDirectory(specs);
        File.WriteAllText(
            Path.Combine(specs, "good.m3oe"),
            "model Good {\n  data {\n    sparse a\n    column r float\n  }\n"
                + "  tasks {\n    t: r > 1\n  }\n  towers per task 8\n}\n"
        );
        File.WriteAllText(Path.Combine(specs, "bad.m3oe"), "model Bad {\n  tasks { t: r > 1 }\n}\n");

        var (code, output, error) = CliRunner.Run(specs, "compile", ".", "--out", "out");

        Assert.Equal(1, code);
        Assert.Contains("bad.m3oe(1,7): error M3OE0120:", output);
        Assert.Contains("nothing was written", error);
        Assert.False(Directory.Exists(Path.Combine(specs, "out")));
    }

    [Fact]
    public void AnInvalidNamespaceIsAUsageError()
    {
        var (code, _, error) = CliRunner.Run(
            RepositoryPaths.Root,
            "compile",
            "samples",
            "--out",
            _folder,
            "--namespace",
            "a..b"
        );

        Assert.Equal(2, code);
        Assert.Contains("is not a C# namespace", error);
    }
}

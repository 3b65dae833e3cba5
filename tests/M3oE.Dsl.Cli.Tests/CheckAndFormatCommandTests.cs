using System;
using System.IO;
using System.Linq;
using M3oE.Dsl.Language.Tests.Infrastructure;

namespace M3oE.Dsl.Cli.Tests;

[Collection("working directory")]
public sealed class CheckAndFormatCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "m3oec-tests-" + Guid.NewGuid().ToString("N"));

    public CheckAndFormatCommandTests()
    {
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void CheckingEverySampleReportsNothingAndExitsZero()
    {
        var (code, output, error) = CliRunner.Run(RepositoryPaths.Root, "check", "samples/**/*.m3oe");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output);
        var count = Directory.EnumerateFiles(RepositoryPaths.Samples, "*.m3oe", SearchOption.AllDirectories).Count();
        Assert.Equal($"{count} files checked: 0 errors, 0 warnings.\n", error);
    }

    [Fact]
    public void ABrokenSpecPrintsMsBuildDiagnosticsAndExitsOne()
    {
        File.WriteAllText(
            Path.Combine(_folder, "broken.m3oe"),
            "model Broken {\n  data {\n    sparse user_id dim 0\n  }\n  tasks {\n    click: rating > 3\n  }\n}\n"
        );

        var (code, output, error) = CliRunner.Run(_folder, "check", "broken.m3oe");

        Assert.Equal(1, code);
        Assert.Equal(
            "broken.m3oe(1,7): error M3OE0120: The model has no 'towers' section; add for example "
                + "'towers per (domain, task) 64 layernorm relu'.\n"
                + "broken.m3oe(3,24): error M3OE0150: 'dim' must be between 1 and 4096; it is 0.\n"
                + "broken.m3oe(6,12): error M3OE0106: 'rating' is not a declared column; declare it in the data section "
                + "(for example 'column rating float') or fix the name.\n",
            output
        );
        Assert.DoesNotContain("   at ", output + error);
    }

    [Fact]
    public void AMissingFileIsReportedWithoutAStackTrace()
    {
        var (code, output, error) = CliRunner.Run(_folder, "check", "nowhere.m3oe");

        Assert.Equal(1, code);
        Assert.Contains("no spec file matches 'nowhere.m3oe'", error);
        Assert.DoesNotContain("   at ", output + error);
    }

    [Fact]
    public void AnUnknownOptionIsAUsageError()
    {
        var (code, _, error) = CliRunner.Run(_folder, "check", "--frobnicate", "x.m3oe");

        Assert.Equal(2, code);
        Assert.StartsWith("m3oec: ", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void FormatCheckListsUnformattedFilesAndChangesNothing()
    {
        var path = Path.Combine(_folder, "messy.m3oe");
        const string messy = "model M{data{sparse a;column r float}\ntasks{t: r>1}\ntowers per task 8}\n";
        File.WriteAllText(path, messy);

        var (code, output, _) = CliRunner.Run(_folder, "fmt", "--check", "messy.m3oe");

        Assert.Equal(2, code);
        Assert.Equal("messy.m3oe: not formatted\n", output);
        Assert.Equal(messy, File.ReadAllText(path));
    }

    [Fact]
    public void FormatRewritesInPlaceAndThenChecksClean()
    {
        var path = Path.Combine(_folder, "messy.m3oe");
        File.WriteAllText(path, "model M{data{sparse a;column r float}\ntasks{t: r>1}\ntowers per task 8}\n");

        var (code, _, _) = CliRunner.Run(_folder, "fmt", "messy.m3oe");
        var (checkCode, checkOutput, _) = CliRunner.Run(_folder, "fmt", "--check", "messy.m3oe");

        Assert.Equal(0, code);
        Assert.Equal(0, checkCode);
        Assert.Equal(string.Empty, checkOutput);
        Assert.Equal(
            "model M {\n  data {\n    sparse a\n    column r float\n  }\n  tasks {\n    t: r > 1\n  }\n  towers per task 8\n}\n",
            File.ReadAllText(path)
        );
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void FormatLeavesAFileWithSyntaxErrorsUntouched()
    {
        var path = Path.Combine(_folder, "bad.m3oe");
        const string bad = "model M {\n  tasks { t r > 1 }\n}\n";
        File.WriteAllText(path, bad);

        var (code, output, _) = CliRunner.Run(_folder, "fmt", "bad.m3oe");

        Assert.Equal(1, code);
        Assert.StartsWith("bad.m3oe(2,13): error M3OE0001:", output);
        Assert.Equal(bad, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("root", new string[0])]
    [InlineData("check", new[] { "check" })]
    [InlineData("fmt", new[] { "fmt" })]
    [InlineData("compile", new[] { "compile" })]
    [InlineData("train", new[] { "train" })]
    [InlineData("eval", new[] { "eval" })]
    [InlineData("predict", new[] { "predict" })]
    [InlineData("new", new[] { "new" })]
    [InlineData("report", new[] { "report" })]
    [InlineData("search", new[] { "search" })]
    [InlineData("bench", new[] { "bench" })]
    [InlineData("experiment", new[] { "experiment" })]
    public void HelpOutputMatchesItsSnapshot(string name, string[] command)
    {
        var (code, output, _) = CliRunner.Run(_folder, command.Concat(new[] { "--help" }).ToArray());

        Assert.Equal(0, code);
        var snapshot = Path.Combine(
            RepositoryPaths.Root,
            "tests",
            "M3oE.Dsl.Cli.Tests",
            "Snapshots",
            "help." + name + ".verified.txt"
        );
        Snapshot.Verify(snapshot, output);
    }
}

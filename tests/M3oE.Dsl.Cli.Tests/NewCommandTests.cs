using System.IO;
using M3oE.Dsl.Cli.Tests.Infrastructure;

namespace M3oE.Dsl.Cli.Tests;

[Collection("working directory")]
public sealed class NewCommandTests : System.IDisposable
{
    private readonly TempFolder _folder = new("m3oec-new");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TheTemplateChecksCleanlyAndIsFormatted()
    {
        var (code, output, error) = CliRunner.Run(_folder.Path, "new", "my-shop");

        Assert.True(code == 0, error);
        Assert.Contains("wrote my-shop.m3oe (model MyShop)", output);
        var (checkCode, checkOutput, checkError) = CliRunner.Run(_folder.Path, "check", "my-shop.m3oe");
        Assert.True(checkCode == 0, checkOutput + checkError);
        Assert.Contains("0 errors, 0 warnings", checkOutput + checkError);
        var (formatCode, _, _) = CliRunner.Run(_folder.Path, "fmt", "--check", "my-shop.m3oe");
        Assert.Equal(0, formatCode);
    }

    [Fact]
    public void AnExistingSpecIsNotReplacedWithoutForce()
    {
        File.WriteAllText(_folder.File("shop.m3oe"), "keep me");

        var (code, _, error) = CliRunner.Run(_folder.Path, "new", "shop");

        Assert.Equal(1, code);
        Assert.Contains("--force", error);
        Assert.Equal("keep me", File.ReadAllText(_folder.File("shop.m3oe")));
        Assert.Equal(0, CliRunner.Run(_folder.Path, "new", "shop", "--force").ExitCode);
        Assert.StartsWith("// A multi-domain", File.ReadAllText(_folder.File("shop.m3oe")));
    }

    [Fact]
    public void ColumnKindsAreGuessedFromACsvAndExplained()
    {
        File.WriteAllText(
            _folder.File("shop.csv"),
            "user id,item,price,country,clicked,bought\n"
                + "1,a,1.5,SE,1,0\n2,b,2.25,ES,0,0\n3,a,3.75,SE,1,1\n1,c,0.5,US,0,0\n2,b,9.5,ES,1,0\n"
        );

        var (code, output, error) = CliRunner.Run(_folder.Path, "new", "shop", "--from-csv", "shop.csv");

        Assert.True(code == 0, error);
        Assert.Contains("price", output);
        var spec = File.ReadAllText(_folder.File("shop.m3oe"));
        Assert.Contains("sparse user_id header \"user id\"", spec);
        Assert.Contains("sparse item", spec);
        Assert.Contains("dense price normalize standard", spec);
        Assert.Contains("domains by country", spec);
        Assert.Contains("ES: \"ES\"", spec);
        Assert.Contains("clicked: label clicked", spec);
        Assert.Contains("bought: label bought", spec);
        Assert.Contains("// price: numbers with fractions", spec);
        Assert.Equal(0, CliRunner.Run(_folder.Path, "check", "shop.m3oe").ExitCode);
    }

    [Fact]
    public void ACsvWithoutALabelColumnIsRefused()
    {
        File.WriteAllText(_folder.File("plain.csv"), "a,b\nx,1.5\ny,2.5\n");

        var (code, _, error) = CliRunner.Run(_folder.Path, "new", "plain", "--from-csv", "plain.csv");

        Assert.Equal(1, code);
        Assert.Contains("no task could be guessed", error);
        Assert.False(File.Exists(_folder.File("plain.m3oe")));
    }

    [Fact]
    public void AMissingCsvIsNamed()
    {
        var (code, _, error) = CliRunner.Run(_folder.Path, "new", "x", "--from-csv", "nowhere.csv");

        Assert.Equal(1, code);
        Assert.Contains("'nowhere.csv' does not exist", error);
    }
}

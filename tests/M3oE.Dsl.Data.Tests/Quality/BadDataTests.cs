using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using M3oE.Dsl.Data.Quality;
using M3oE.Dsl.Data.Schema;
using M3oE.Dsl.Data.Splits;
using M3oE.Dsl.Data.Tests.Support;
using Xunit;

namespace M3oE.Dsl.Data.Tests.Quality;

public sealed class BadDataTests
{
    private static readonly DataSchema Schema = new(
        [SparseFeature.Of("user", VocabularySpec.FromData()), DenseFeature.Of("price", Normalization.Standard)],
        ColumnDomainSpec.PerValue("country", "NL", "ES"),
        [new TaskSpec("click", "click"), new TaskSpec("buy", "rating", r => r > 3, "> 3")]
    );

    private const string Header = "user,price,country,click,rating";

    [Fact]
    public void EveryHostileRowAmongThousandsIsReportedWithItsLineAndColumnWhenSkipping()
    {
        using var folder = new TempFolder();
        var text = new StringBuilder(Header + "\n");
        var expected = new List<(long Line, BadRowReason Reason, string? Column)>();
        var good = 0;
        for (var i = 0; i < 4000; i++)
        {
            var line = i + 2;
            (string Row, BadRowReason? Reason, string? Column) hostile = (i % 8) switch
            {
                0 => ($"u{i},1.5,NL,1", BadRowReason.ColumnCount, null),
                1 => ($"u{i},cheap,NL,1,4", BadRowReason.UnparsableNumber, "price"),
                2 => ($"u{i},2.5,NL,,4", BadRowReason.MissingLabel, "click"),
                3 => ($"u{i},2.5,FR,0,4", BadRowReason.UnknownDomain, "country"),
                4 => ($"u{i},2.5,ES,2,4", BadRowReason.InvalidLabel, "click"),
                5 => ($"u{i},,ES,1,4", BadRowReason.MissingValue, "price"),
                6 => ($"u{i},1.0,ES,1,4,extra", BadRowReason.ColumnCount, null),
                _ => ($"u{i},{i % 13}.25,{(i % 16 == 7 ? "NL" : "ES")},{i % 2},{i % 5}", null, null),
            };
            text.Append(hostile.Row).Append('\n');
            if (hostile.Reason is { } bad)
            {
                expected.Add((line, bad, hostile.Column));
            }
            else
            {
                good++;
            }
        }

        var path = folder.Write("hostile.csv", text.ToString());
        var data = DataSet.FromCsv(
            Schema,
            path,
            new DataOptions { BadRows = BadRowPolicy.Skip, Split = SplitSpec.Ratio(1, 0, 0) }
        );
        data.Fit();
        var report = data.FitReport!;

        Assert.Equal(expected.Count, report.Total);
        Assert.Equal(good, data.RowCounts![DataSplit.Train]);
        Assert.Equal(expected, report.Rows.Select(r => (r.Line, r.Reason, r.Column)));
        Assert.All(report.Rows, r => Assert.Equal(path, r.File));
        Assert.Equal(1000, report.Counts[BadRowReason.ColumnCount]);
        Assert.Equal(500, report.Counts[BadRowReason.UnknownDomain]);
        Assert.Contains("3500 bad rows skipped", report.Summary());
    }

    [Theory]
    [InlineData("u1,1.5,NL,1", 3, null, BadRowReason.ColumnCount)]
    [InlineData("u1,1,5,NL,1,4", 3, null, BadRowReason.ColumnCount)]
    [InlineData("u1,one,NL,1,4", 3, "price", BadRowReason.UnparsableNumber)]
    [InlineData("u1,1.5,NL,1,four", 3, "rating", BadRowReason.UnparsableNumber)]
    [InlineData("u1,1.5,NL,,4", 3, "click", BadRowReason.MissingLabel)]
    [InlineData("u1,1.5,DE,1,4", 3, "country", BadRowReason.UnknownDomain)]
    public void ABadRowStopsReadingWithTheFileLineAndColumnByDefault(
        string row,
        long line,
        string? column,
        BadRowReason reason
    )
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.csv", $"{Header}\nu0,2.0,ES,0,1\n{row}\nu2,3.0,NL,1,5\n");

        var error = Assert.Throws<DataFormatException>(() => DataSet.FromCsv(Schema, path).Fit());

        Assert.Equal(path, error.File);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Equal(reason, error.Reason);
        Assert.StartsWith($"{path}({line}): error {reason}", error.Message);
    }

    [Fact]
    public void AnEmptyFileIsAnError()
    {
        using var folder = new TempFolder();
        var empty = folder.Write("empty.csv", string.Empty);
        var headerOnly = folder.Write("header.csv", Header + "\n");

        var first = Assert.Throws<DataFormatException>(() => DataSet.FromCsv(Schema, empty).Fit());
        var second = Assert.Throws<DataFormatException>(() => DataSet.FromCsv(Schema, headerOnly).Fit());

        Assert.Equal(BadRowReason.EmptyFile, first.Reason);
        Assert.Equal(BadRowReason.EmptyFile, second.Reason);
    }

    [Fact]
    public void AHeaderWithoutASchemaColumnIsAnErrorNamingTheColumnEvenWhenSkipping()
    {
        using var folder = new TempFolder();
        var path = folder.Write("renamed.csv", "user,cost,country,click,rating\nu1,1.0,NL,1,4\n");
        var options = new DataOptions { BadRows = BadRowPolicy.Skip };

        var error = Assert.Throws<DataFormatException>(() => DataSet.FromCsv(Schema, path, options).Fit());

        Assert.Equal(BadRowReason.HeaderMismatch, error.Reason);
        Assert.Equal("price", error.Column);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void NoFeatureMapIsProducedWhenARowIsBad()
    {
        using var folder = new TempFolder();
        var path = folder.Write("late.csv", $"{Header}\nu0,2.0,ES,0,1\nu1,2.0,ES,1,2\nu2,x,ES,1,2\n");
        var mapPath = folder.File("map.json");

        Assert.Throws<DataFormatException>(() => DataSet.FromCsv(Schema, path).Fit().Save(mapPath));

        Assert.False(File.Exists(mapPath));
    }
}

using System;
using System.IO;
using System.Linq;
using M3oE.Dsl.Cli.Experiments;

namespace M3oE.Dsl.Cli.Tests.Experiments;

public sealed class PredictionFileTests : IDisposable
{
    private readonly string _path = Path.Combine(
        Path.GetTempPath(),
        "m3oec-pred-" + Guid.NewGuid().ToString("N") + ".csv"
    );

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void FiguresAreComputedPerDomainAndTaskFromTheFile()
    {
        File.WriteAllText(
            _path,
            "domain,click_label,like_label,click,like\n"
                + "a,1,0,0.9,0.2\n"
                + "a,0,0,0.4,0.1\n"
                + "a,1,1,0.3,0.8\n"
                + "a,0,1,0.6,0.7\n"
                + "b,1,1,0.7,0.6\n"
                + "b,0,0,0.2,0.6\n"
        );

        var figures = PredictionFile.Figures(_path, ["b", "a", "c"]);

        Assert.Equal(6, figures.Rows);
        Assert.Equal(
            ["b click", "b like", "a click", "a like", "c click", "c like"],
            figures.Cells.Select(c => $"{c.Domain} {c.Task}")
        );

        // domain a, click: positives 0.9 and 0.3 against negatives 0.4 and 0.6 order 2 of 4 pairs
        var aClick = figures.Cells[2];
        Assert.Equal(4, aClick.Rows);
        Assert.Equal(2, aClick.Positives);
        Assert.Equal(0.5, aClick.Auc!.Value, 12);
        Assert.Equal(1.0, figures.Cells[3].Auc!.Value, 12);

        // domain b, like: one tie between the positive and the negative counts half
        Assert.Equal(0.5, figures.Cells[1].Auc!.Value, 12);
        Assert.Equal(1.0, figures.Cells[0].Auc!.Value, 12);

        // domain c has no rows: no AUC, and it does not enter the means
        Assert.Null(figures.Cells[4].Auc);
        Assert.Equal((0.5 + 1.0 + 0.5 + 1.0) / 4, figures.MeanAuc!.Value, 12);
        var logLoss = -(Math.Log(0.9) + Math.Log(0.6) + Math.Log(0.3) + Math.Log(0.4)) / 4;
        Assert.Equal(logLoss, aClick.LogLoss!.Value, 12);
    }

    [Fact]
    public void AFileWithoutLabelColumnsIsRefused()
    {
        File.WriteAllText(_path, "domain,click,like\na,0.1,0.2\n");

        var error = Assert.Throws<FormatException>(() => PredictionFile.Figures(_path, ["a"]));

        Assert.Contains("header of a predictions file", error.Message);
    }
}

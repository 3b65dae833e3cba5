using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using M3oE.Dsl.Data.Adapters;
using M3oE.Dsl.Data.Splits;
using M3oE.Dsl.Data.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace M3oE.Dsl.Data.Tests.Adapters;

public sealed class MovieLensAdapterTests
{
    private readonly ITestOutputHelper _output;

    public MovieLensAdapterTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [SkippableFact]
    public void Ml100kHasOneHundredThousandRowsWithTheDomainSizesAndPositiveRatesOfAnIndependentParse()
    {
        var folder = SharedData.Require("ml-100k");
        var expected = IndependentCounts(folder);

        var data = MovieLens
            .Load100K(folder)
            .ToDataSet(
                new DataOptions
                {
                    Split = SplitSpec.Ratio(1, 0, 0),
                    ShuffleTraining = false,
                    BatchSize = 8192,
                }
            );
        var map = data.Fit();
        var domains = new long[3];
        var clicks = new long[3];
        var likes = new long[3];
        foreach (var batch in data.Stream(DataSplit.Train, map).EncodedBatches(0))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var domain = batch.Domain[i];
                domains[domain]++;
                clicks[domain] += (long)batch.Labels[(i * 2) + 0];
                likes[domain] += (long)batch.Labels[(i * 2) + 1];
            }
        }

        for (var d = 0; d < 3; d++)
        {
            _output.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{map.DomainNames[d], -9} rows {domains[d], 6}  click rate {clicks[d] / (double)domains[d]:F4}  "
                        + $"like rate {likes[d] / (double)domains[d]:F4}"
                )
            );
        }

        _output.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"all       rows {domains.Sum(), 6}  click rate {clicks.Sum() / 1e5:F4}  "
                    + $"like rate {likes.Sum() / 1e5:F4}"
            )
        );

        Assert.Equal(100_000, data.RowCounts![DataSplit.Train]);
        Assert.Equal(100_000, domains.Sum());
        Assert.Equal(expected.Domains, domains);
        Assert.Equal(expected.Clicks, clicks);
        Assert.Equal(expected.Likes, likes);

        // published facts of ML-100K: 55,375 ratings above 3 and 21,201 fives; 943 users and 1,682 movies
        Assert.Equal(55_375, clicks.Sum());
        Assert.Equal(21_201, likes.Sum());
        Assert.Equal(944, map.Categories("user_id").Cardinality);
        Assert.Equal(1683, map.Categories("movie_id").Cardinality);
        Assert.Equal(3, map.Categories("gender").Cardinality);
        Assert.Equal(22, map.Categories("occupation").Cardinality);
        Assert.All(domains, count => Assert.InRange(count, 20_000, 45_000));
    }

    [Fact]
    public void Ml1mFilesInThePublishedFormatGiveTheSameColumnsAndTheAgeCodeBands()
    {
        using var folder = new TempFolder();
        folder.Write("users.dat", "1::F::1::10::48067\n2::M::56::16::70072\n3::M::25::15::55117\n4::M::45::7::02460\n");
        File.WriteAllText(
            folder.File("movies.dat"),
            "1193::One Flew Over the Cuckoo's Nest (1975)::Drama\n"
                + "661::James and the Giant Peach (1996)::Animation|Children's|Musical\n"
                + "914::My Fair Lady (1964)::Musical|Romance\n",
            System.Text.Encoding.Latin1
        );
        folder.Write(
            "ratings.dat",
            "1::1193::5::978300760\n1::661::3::978302109\n2::914::3::978301968\n3::1193::4::978300275\n"
                + "4::661::5::978824291\n"
        );

        var data = MovieLens
            .Load1M(folder.Path)
            .ToDataSet(new DataOptions { Split = SplitSpec.Ratio(1, 0, 0), ShuffleTraining = false });
        var map = data.Fit();
        var batch = Assert.Single(data.Stream(DataSplit.Train, map).EncodedBatches(0));

        Assert.Equal(5, batch.Count);
        Assert.Equal([0L, 0, 2, 1, 2], batch.Domain);
        Assert.Equal([1f, 1, 0, 0, 0, 0, 1, 0, 1, 1], batch.Labels);
        var genre = map.Categories("genre");
        var genreColumn = map.SparseNames.ToList().IndexOf("genre");
        var width = map.Layout.SparseWidth;
        Assert.Equal(genre.Id("Drama"), batch.Sparse[(0 * width) + genreColumn]);
        Assert.Equal(genre.Id("Animation"), batch.Sparse[(1 * width) + genreColumn]);
        Assert.Equal(genre.Id("Musical"), batch.Sparse[(2 * width) + genreColumn]);
    }

    private static (long[] Domains, long[] Clicks, long[] Likes) IndependentCounts(string folder)
    {
        var ages = new Dictionary<string, int>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "u.user")))
        {
            var cells = line.Split('|');
            ages[cells[0]] = int.Parse(cells[1], CultureInfo.InvariantCulture);
        }

        var domains = new long[3];
        var clicks = new long[3];
        var likes = new long[3];
        foreach (var line in File.ReadLines(Path.Combine(folder, "u.data")))
        {
            var cells = line.Split('\t');
            var age = ages[cells[0]];
            var rating = int.Parse(cells[2], CultureInfo.InvariantCulture);
            var domain =
                age < 25 ? 0
                : age < 35 ? 1
                : 2;
            domains[domain]++;
            clicks[domain] += rating > 3 ? 1 : 0;
            likes[domain] += rating > 4 ? 1 : 0;
        }

        return (domains, clicks, likes);
    }
}

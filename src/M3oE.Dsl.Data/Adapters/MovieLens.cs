using System.Collections.Generic;
using System.IO;
using System.Text;
using M3oE.Dsl.Data.Csv;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.Adapters;

/// <summary>
/// MovieLens in the M3oE paper's protocol: one row per rating; domains by age band (under 25, 25 to 34,
/// 35 and over); tasks click (rating &gt; 3) and like (rating &gt; 4); sparse features user_id, movie_id,
/// gender, occupation, zip and the movie's first genre; age as a dense feature (min-max scaled). Rows are
/// grouped by user. The 100K files (<c>u.data</c>, <c>u.user</c>, <c>u.item</c>) and the 1M files
/// (<c>ratings.dat</c>, <c>users.dat</c>, <c>movies.dat</c>) give the same columns; in 1M, age is the
/// published age code (1, 18, 25, 35, 45, 50, 56), whose bands are the paper's ({1, 18}, {25}, {35+}).
/// </summary>
public static class MovieLens
{
    /// <summary>The genre names in the order of the 19 flags of <c>u.item</c>.</summary>
    public static IReadOnlyList<string> Genres { get; } =
    [
        "unknown",
        "Action",
        "Adventure",
        "Animation",
        "Children's",
        "Comedy",
        "Crime",
        "Documentary",
        "Drama",
        "Fantasy",
        "Film-Noir",
        "Horror",
        "Musical",
        "Mystery",
        "Romance",
        "Sci-Fi",
        "Thriller",
        "War",
        "Western",
    ];

    /// <summary>The columns every MovieLens source offers.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    ["user_id", "movie_id", "rating", "timestamp", "age", "gender", "occupation", "zip", "genre"];

    /// <summary>The schema of the paper's protocol.</summary>
    public static DataSchema Schema { get; } =
        new(
            [
                SparseFeature.Of("user_id", VocabularySpec.FromData()),
                SparseFeature.Of("movie_id", VocabularySpec.FromData()),
                SparseFeature.Of("gender", VocabularySpec.FromData()),
                SparseFeature.Of("occupation", VocabularySpec.FromData()),
                SparseFeature.Of("zip", VocabularySpec.FromData()),
                SparseFeature.Of("genre", VocabularySpec.FromData()),
                DenseFeature.Of("age", Normalization.MinMax),
            ],
            new PredicateDomainSpec(
                ["age"],
                [
                    new DomainPredicate("age<25", row => row.TryNumber(0, out var age) && age < 25),
                    new DomainPredicate("age25-34", row => row.TryNumber(0, out var age) && age is >= 25 and < 35),
                    new DomainPredicate("age>=35", row => row.TryNumber(0, out var age) && age >= 35),
                ]
            ),
            [
                new TaskSpec("click", "rating", rating => rating > 3, "> 3"),
                new TaskSpec("like", "rating", rating => rating > 4, "> 4"),
            ],
            groupColumn: "user_id"
        );

    /// <summary>MovieLens 100K from the folder holding <c>u.data</c>, <c>u.user</c> and <c>u.item</c>.</summary>
    public static AdaptedData Load100K(string folder)
    {
        var ratings = new CsvRowSource(
            Path.Combine(folder, "u.data"),
            new CsvFormat
            {
                Separator = '\t',
                HasHeader = false,
                ColumnNames = ["user_id", "movie_id", "rating", "timestamp"],
            }
        );
        var users = new SeparatedLineSource(
            Path.Combine(folder, "u.user"),
            "|",
            ["user_id", "age", "gender", "occupation", "zip"]
        );
        var itemColumns = new List<string> { "movie_id", "title", "release", "video_release", "url" };
        for (var g = 0; g < Genres.Count; g++)
        {
            itemColumns.Add("genre_" + g);
        }

        var items = new SeparatedLineSource(Path.Combine(folder, "u.item"), "|", itemColumns, Encoding.Latin1);
        return new AdaptedData(Schema, new MovieLensRowSource(ratings, users, MovieLensRowSource.FlagGenres(items)));
    }

    /// <summary>MovieLens 1M from the folder holding <c>ratings.dat</c>, <c>users.dat</c> and
    /// <c>movies.dat</c>.</summary>
    public static AdaptedData Load1M(string folder)
    {
        var ratings = new SeparatedLineSource(
            Path.Combine(folder, "ratings.dat"),
            "::",
            ["user_id", "movie_id", "rating", "timestamp"]
        );
        var users = new SeparatedLineSource(
            Path.Combine(folder, "users.dat"),
            "::",
            ["user_id", "gender", "age", "occupation", "zip"]
        );
        var movies = new SeparatedLineSource(
            Path.Combine(folder, "movies.dat"),
            "::",
            ["movie_id", "title", "genres"],
            Encoding.Latin1
        );
        return new AdaptedData(Schema, new MovieLensRowSource(ratings, users, MovieLensRowSource.ListedGenres(movies)));
    }
}

using System;
using System.Collections.Generic;
using M3oE.Dsl.Data.Quality;
using M3oE.Dsl.Data.Rows;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.Adapters;

/// <summary>
/// Ratings streamed from their file and joined with the user and movie tables, which are read into memory
/// once (a few thousand rows). A rating of an unknown user or movie reads empty attributes; an unknown user
/// thus has no age and no domain, and is a bad row.
/// </summary>
internal sealed class MovieLensRowSource : IRowSource
{
    private readonly IRowSource _ratings;
    private readonly IRowSource _users;
    private readonly Func<Dictionary<string, string>> _genres;
    private Dictionary<string, string[]>? _userTable;
    private Dictionary<string, string>? _genreTable;

    public MovieLensRowSource(IRowSource ratings, IRowSource users, Func<Dictionary<string, string>> genres)
    {
        _ratings = ratings;
        _users = users;
        _genres = genres;
    }

    public string Description => _ratings.Description;

    /// <summary>The first genre of each movie from the 19 flags of <c>u.item</c>.</summary>
    public static Func<Dictionary<string, string>> FlagGenres(IRowSource items) =>
        () =>
        {
            var columns = new List<string> { "movie_id" };
            for (var g = 0; g < MovieLens.Genres.Count; g++)
            {
                columns.Add("genre_" + g);
            }

            var table = new Dictionary<string, string>(StringComparer.Ordinal);
            using var cursor = items.Open(columns);
            while (cursor.MoveNext())
            {
                Check(cursor);
                var genre = string.Empty;
                for (var g = 0; g < MovieLens.Genres.Count; g++)
                {
                    if (cursor.Current.Text(g + 1).SequenceEqual("1"))
                    {
                        genre = MovieLens.Genres[g];
                        break;
                    }
                }

                table[cursor.Current.Text(0).ToString()] = genre;
            }

            return table;
        };

    /// <summary>The first genre of each movie from the <c>|</c>-joined list of <c>movies.dat</c>.</summary>
    public static Func<Dictionary<string, string>> ListedGenres(IRowSource movies) =>
        () =>
        {
            var table = new Dictionary<string, string>(StringComparer.Ordinal);
            using var cursor = movies.Open(["movie_id", "genres"]);
            while (cursor.MoveNext())
            {
                Check(cursor);
                var genres = cursor.Current.Text(1);
                var bar = genres.IndexOf('|');
                table[cursor.Current.Text(0).ToString()] = (bar < 0 ? genres : genres[..bar]).ToString();
            }

            return table;
        };

    public IRowCursor Open(IReadOnlyList<string> columns)
    {
        _userTable ??= ReadUsers();
        _genreTable ??= _genres();
        var fields = new int[columns.Count];
        for (var slot = 0; slot < columns.Count; slot++)
        {
            fields[slot] = IndexOf(MovieLens.Columns, columns[slot]);
            if (fields[slot] < 0)
            {
                throw new DataFormatException(
                    new BadRow(
                        Description,
                        0,
                        columns[slot],
                        BadRowReason.HeaderMismatch,
                        "MovieLens has no such column"
                    )
                );
            }
        }

        return new Cursor(
            _ratings.Open(["user_id", "movie_id", "rating", "timestamp"]),
            fields,
            _userTable,
            _genreTable
        );
    }

    private Dictionary<string, string[]> ReadUsers()
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        using var cursor = _users.Open(["user_id", "age", "gender", "occupation", "zip"]);
        while (cursor.MoveNext())
        {
            Check(cursor);
            var row = cursor.Current;
            table[row.Text(0).ToString()] =
            [
                row.Text(1).ToString(),
                row.Text(2).ToString(),
                row.Text(3).ToString(),
                row.Text(4).ToString(),
            ];
        }

        return table;
    }

    private static void Check(IRowCursor cursor)
    {
        if (cursor.Defect is { } defect)
        {
            throw new DataFormatException(defect);
        }
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    private sealed class Cursor : IRowCursor, IRowView
    {
        private static readonly string[] NoUser = ["", "", "", ""];

        private readonly IRowCursor _ratings;
        private readonly int[] _fields;
        private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _users;
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _genres;
        private string[] _user = NoUser;
        private string _genre = string.Empty;

        public Cursor(
            IRowCursor ratings,
            int[] fields,
            Dictionary<string, string[]> users,
            Dictionary<string, string> genres
        )
        {
            _ratings = ratings;
            _fields = fields;
            _users = users.GetAlternateLookup<ReadOnlySpan<char>>();
            _genres = genres.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public IRowView Current => this;

        public BadRow? Defect => _ratings.Defect;

        public string SourceName => _ratings.SourceName;

        public long Line => _ratings.Current.Line;

        public long Index => _ratings.Current.Index;

        public bool MoveNext()
        {
            if (!_ratings.MoveNext())
            {
                return false;
            }

            if (_ratings.Defect is null)
            {
                var rating = _ratings.Current;
                _user = _users.TryGetValue(rating.Text(0).Trim(), out var user) ? user : NoUser;
                _genre = _genres.TryGetValue(rating.Text(1).Trim(), out var genre) ? genre : string.Empty;
            }

            return true;
        }

        public ReadOnlySpan<char> Text(int slot)
        {
            var field = _fields[slot];
            return field switch
            {
                < 4 => _ratings.Current.Text(field),
                < 8 => _user[field - 4],
                _ => _genre,
            };
        }

        public bool TryNumber(int slot, out double value) => NumberText.TryParse(Text(slot), out value);

        public void Dispose() => _ratings.Dispose();
    }
}

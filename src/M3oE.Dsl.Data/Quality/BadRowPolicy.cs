namespace M3oE.Dsl.Data.Quality;

/// <summary>What happens to a bad row.</summary>
public enum BadRowPolicy
{
    /// <summary>The first bad row stops reading with a <see cref="DataFormatException"/>.</summary>
    Error,

    /// <summary>Bad rows are left out, counted by reason and listed in the <see cref="BadRowReport"/>.</summary>
    Skip,
}

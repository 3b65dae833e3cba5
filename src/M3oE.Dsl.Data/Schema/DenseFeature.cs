using System.Globalization;

namespace M3oE.Dsl.Data.Schema;

/// <summary>A numeric feature fed to the model as a float32 column of the dense tensor.</summary>
/// <param name="Name">The feature name.</param>
/// <param name="Column">The column it reads.</param>
public sealed record DenseFeature(string Name, string Column) : FeatureSpec(Name, Column)
{
    public Normalization Normalization { get; init; } = Normalization.None;

    /// <summary>What an empty cell becomes; by default it is an error.</summary>
    public MissingDense Missing { get; init; } = MissingDense.Error;

    /// <summary>The raw value used for empty cells when <see cref="Missing"/> is
    /// <see cref="MissingDense.Constant"/>; it is normalised like any other value.</summary>
    public double FillValue { get; init; }

    /// <summary>Creates a feature whose name is its column.</summary>
    public static DenseFeature Of(string column, Normalization normalization = Normalization.None) =>
        new(column, column) { Normalization = normalization };

    /// <inheritdoc />
    public override string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"dense({Column};{Normalization};{Missing};{FillValue:R})");
}

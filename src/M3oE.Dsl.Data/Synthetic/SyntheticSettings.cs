using System.Collections.Generic;

namespace M3oE.Dsl.Data.Synthetic;

/// <summary>
/// The knobs of <see cref="SyntheticGenerator"/>. Strengths scale components of unit variance, so a
/// strength of 1 contributes as much to the logit as a standard normal.
/// </summary>
public sealed record SyntheticSettings
{
    /// <summary>The seed; equal settings and seed give identical data.</summary>
    public long Seed { get; init; } = 7;

    public int Users { get; init; } = 2_000;

    public int Items { get; init; } = 1_000;

    /// <summary>The dimension k of the latent user and item factors.</summary>
    public int Factors { get; init; } = 8;

    /// <summary>The share of rows in each domain; their count is the number of domains D.</summary>
    public IReadOnlyList<double> DomainShares { get; init; } = [0.5, 0.3, 0.2];

    /// <summary>The task names; their count is the number of tasks T (at least 2).</summary>
    public IReadOnlyList<string> Tasks { get; init; } = ["click", "like"];

    /// <summary>The target positive rate of each task, reached in every domain by a calibrated bias.</summary>
    public IReadOnlyList<double> PositiveRates { get; init; } = [0.35, 0.12];

    /// <summary>A factor per domain on the positive rates (1 keeps them), so domains can differ in base rate.</summary>
    public IReadOnlyList<double>? DomainRateFactors { get; init; } = [1.0, 0.8, 1.2];

    /// <summary>Weight of the user-item affinity common to every domain and task.</summary>
    public double SharedStrength { get; init; } = 1.0;

    /// <summary>Weight of the affinity specific to the row's domain.</summary>
    public double DomainStrength { get; init; } = 1.0;

    /// <summary>Weight of the affinity specific to the task.</summary>
    public double TaskStrength { get; init; } = 0.7;

    /// <summary>Weight of the affinity specific to the (domain, task) pair.</summary>
    public double DomainTaskStrength { get; init; } = 0.5;

    /// <summary>Standard deviation of the item popularity bias.</summary>
    public double ItemBiasStrength { get; init; } = 0.5;

    /// <summary>Standard deviation of the Gaussian noise added to each logit.</summary>
    public double Noise { get; init; } = 0.3;

    /// <summary>Item popularity skew: items are drawn as floor(Items * u^skew); 1 is uniform.</summary>
    public double ItemSkew { get; init; } = 2.0;

    /// <summary>The number of user segments (a categorical user feature); a power of two up to 2^k.</summary>
    public int UserSegments { get; init; } = 8;

    /// <summary>The number of item categories (a categorical item feature); a power of two up to 2^k.</summary>
    public int ItemCategories { get; init; } = 8;
}

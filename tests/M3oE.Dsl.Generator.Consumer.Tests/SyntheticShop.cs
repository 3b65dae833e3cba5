using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using M3oE.Dsl.Data;
using M3oE.Dsl.Data.FeatureMaps;
using M3oE.Dsl.Data.Synthetic;

namespace M3oE.Dsl.Generator.Consumer.Tests;

/// <summary>Tiny synthetic data in the generated row type of <c>Specs/tiny-shop.m3oe</c>.</summary>
internal static class SyntheticShop
{
    private static readonly SyntheticSettings Settings = new()
    {
        Seed = 5,
        Users = 60,
        Items = 40,
        DomainShares = [0.6, 0.4],
        DomainRateFactors = [1.0, 1.2],
        PositiveRates = [0.4, 0.2],
    };

    /// <summary>Rows copied out of the generator into <see cref="TinyShopRow"/> records.</summary>
    public static IReadOnlyList<TinyShopRow> Rows(int count) =>
        new SyntheticGenerator(Settings)
            .Rows(count)
            .Select(row => new TinyShopRow
            {
                UserId = row.User.ToString(CultureInfo.InvariantCulture),
                ItemId = row.Item.ToString(CultureInfo.InvariantCulture),
                UserSegment = row.UserSegment.ToString(CultureInfo.InvariantCulture),
                UserActivity = row.UserActivity,
                Domain = row.Domain,
                Click = row.Labels[0],
                Like = row.Labels[1],
            })
            .ToList();

    /// <summary>The rows as a data set with the spec's options, and the feature map fitted on it.</summary>
    public static (DataSet Data, FeatureMap Map) Fitted(int count)
    {
        var data = TinyShopData.FromRows(Rows(count));
        return (data, data.Fit());
    }
}

using M3oE.Dsl.Emitter.Naming;

namespace M3oE.Dsl.Generator.Tests.Emitter;

public sealed class HintNameTests
{
    [Fact]
    public void SpecsWithTheSameFileNameInDifferentFoldersGetDifferentPrefixes()
    {
        Assert.NotEqual(HintNames.Prefix("a/model.m3oe"), HintNames.Prefix("b/model.m3oe"));
    }

    [Theory]
    [InlineData("a.b/c.m3oe", "a/b.c.m3oe")]
    [InlineData("a_b/c.m3oe", "a/b_c.m3oe")]
    [InlineData("x y.m3oe", "x_y.m3oe")]
    public void PathsThatLookAlikeStillGetDifferentPrefixes(string left, string right)
    {
        Assert.NotEqual(HintNames.Prefix(left), HintNames.Prefix(right));
    }

    [Fact]
    public void APrefixReadsLikeThePath()
    {
        Assert.Equal(
            "samples.movielens.baselines.shared-bottom",
            HintNames.Prefix("samples/movielens/baselines/shared-bottom.m3oe")
        );
        Assert.Equal(
            "samples.movielens.baselines.shared-bottom",
            HintNames.Prefix("samples\\movielens\\baselines\\shared-bottom.m3oe")
        );
    }
}

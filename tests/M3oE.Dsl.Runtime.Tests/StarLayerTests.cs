using M3oE.Dsl.Runtime.Modules;
using TorchSharp;

namespace M3oE.Dsl.Runtime.Tests;

public sealed class StarLayerTests
{
    [Theory]
    [InlineData(new long[] { 2, 0, 1, 2, 0, 0, 1 })]
    [InlineData(new long[] { 1, 1, 1 })]
    [InlineData(new long[] { 2, 0, 2, 0 })]
    public void EveryRowGetsTheProductOfItsOwnDomainInBatchOrder(long[] domains)
    {
        torch.manual_seed(3);
        var star = new StarLayer("star", 3, 5, 4);
        using (torch.no_grad())
        {
            star.DomainBias.uniform_(-1, 1);
            star.SharedBias.uniform_(-1, 1);
        }

        using var input = torch.randn(domains.Length, 5);
        using var domain = torch.tensor(domains);

        var output = Tensors.Values(star.forward(input, domain));

        for (var row = 0; row < domains.Length; row++)
        {
            var k = domains[row];
            var weight = star.DomainWeight[k] * star.SharedWeight;
            var bias = star.DomainBias[k] + star.SharedBias;
            var expected = Tensors.Values(input[row].unsqueeze(0).mm(weight).squeeze(0) + bias);
            for (var column = 0; column < 4; column++)
            {
                Assert.Equal(expected[column], output[row * 4 + column], 5);
            }
        }
    }

    [Fact]
    public void RowsOfADomainTakeGradientOnlyFromThatDomainsMatrix()
    {
        torch.manual_seed(4);
        var star = new StarLayer("star", 3, 5, 4);
        using var input = torch.randn(4, 5);
        using var domain = torch.tensor(new long[] { 0, 2, 0, 2 });

        star.forward(input, domain).sum().backward();

        var gradient = Tensors.Values(star.DomainWeight.grad!.abs().sum(new long[] { 1, 2 }));
        Assert.True(gradient[0] > 0);
        Assert.Equal(0f, gradient[1]);
        Assert.True(gradient[2] > 0);
    }
}

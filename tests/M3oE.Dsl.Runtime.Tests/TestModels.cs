using M3oE.Dsl.Runtime.Models;
using M3oE.Dsl.Runtime.Modules;
using TorchSharp;

namespace M3oE.Dsl.Runtime.Tests;

/// <summary>Small model configurations shared by the tests.</summary>
internal static class TestModels
{
    public static M3oEOptions SmallM3oE(int domains = 3, int tasks = 2) =>
        new()
        {
            Domains = domains,
            Tasks = tasks,
            Input = SyntheticData.Input,
            Hidden1 = 32,
            Hidden2 = 16,
            SharedExperts = 3,
            Expert = new MlpOptions(new[] { 8 }),
        };

    public static M3oEModel Build(M3oEOptions options, int seed = 7)
    {
        TorchRuntime.EnsureLoaded();
        torch.manual_seed(seed);
        return new M3oEModel(options);
    }
}

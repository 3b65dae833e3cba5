using TorchSharp;

namespace M3oE.Dsl.Runtime.Tests;

/// <summary>Reads tensors into plain arrays for hand computations.</summary>
internal static class Tensors
{
    public static float[] Values(torch.Tensor tensor) =>
        tensor.detach().cpu().contiguous().to_type(torch.ScalarType.Float32).data<float>().ToArray();

    public static void Set(torch.Tensor target, float value)
    {
        using var guard = torch.no_grad();
        target.fill_(value);
    }
}

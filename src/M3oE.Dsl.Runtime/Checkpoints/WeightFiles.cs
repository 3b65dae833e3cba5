using System.IO;
using TorchSharp;
using TorchSharp.PyBridge;

namespace M3oE.Dsl.Runtime.Checkpoints;

/// <summary>
/// Saving and loading model weights: TorchSharp's own format, and safetensors with PyTorch-style dotted names
/// (loadable by <c>safetensors.torch.load_file</c>). Files are written to a temporary name and then renamed.
/// </summary>
public static class WeightFiles
{
    /// <summary>Saves the weights in TorchSharp's format.</summary>
    public static void SaveTorchSharp(torch.nn.Module model, string path) =>
        Replace(path, temporary => model.save(temporary));

    /// <summary>Loads weights saved by <see cref="SaveTorchSharp"/>.</summary>
    public static void LoadTorchSharp(torch.nn.Module model, string path) => model.load(path);

    /// <summary>Saves the weights as safetensors, named like a PyTorch state dict.</summary>
    public static void SaveSafetensors(torch.nn.Module model, string path) =>
        Replace(path, temporary => model.save_safetensors(temporary));

    /// <summary>Loads safetensors weights; every tensor of the model must be present.</summary>
    public static void LoadSafetensors(torch.nn.Module model, string path) => model.load_safetensors(path);

    private static void Replace(string path, System.Action<string> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = path + ".tmp";
        write(temporary);
        File.Move(temporary, path, overwrite: true);
    }
}

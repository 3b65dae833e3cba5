using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Checkpoints;

/// <summary>
/// A training checkpoint in one file: the trainer state, the model weights, the optimiser states and the best
/// weights so far. It is written to a temporary file that is then renamed over the previous checkpoint, so a
/// process killed while writing leaves the previous checkpoint intact.
/// </summary>
public static class Checkpoint
{
    /// <summary>The file name of the checkpoint inside its folder.</summary>
    public const string FileName = "checkpoint.m3oe";

    private const string Magic = "M3OE-CHECKPOINT-1";

    /// <summary>Writes a checkpoint into <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="state">The trainer state.</param>
    /// <param name="model">The model.</param>
    /// <param name="optimizers">The optimisers, in a fixed order; null entries are allowed.</param>
    /// <param name="best">The best weights so far, by state-dict name, or null.</param>
    /// <returns>The checkpoint path.</returns>
    public static string Save(
        string directory,
        TrainerState state,
        nn.Module model,
        IReadOnlyList<OptimizerHelper?> optimizers,
        IReadOnlyDictionary<string, Tensor>? best
    )
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(JsonSerializer.Serialize(state));
                model.save(writer);

                writer.Write(optimizers.Count);
                foreach (var optimizer in optimizers)
                {
                    writer.Write(optimizer is not null);
                    optimizer?.save_state_dict(writer);
                }

                writer.Write(best is not null);
                if (best is not null)
                {
                    writer.Write(best.Count);
                    foreach (var (name, tensor) in best)
                    {
                        writer.Write(name);
                        tensor.Save(writer);
                    }
                }
            }

            // on disk before the rename makes it the checkpoint
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>
    /// Reads the checkpoint in <paramref name="directory"/> into the model and optimisers (which must have the
    /// same structure as when it was written). Returns null when there is no checkpoint.
    /// </summary>
    /// <param name="directory">The folder.</param>
    /// <param name="model">The model to load into.</param>
    /// <param name="optimizers">The optimisers, in the order they were saved.</param>
    /// <param name="best">Receives the best weights, by state-dict name, when the checkpoint has them.</param>
    public static TrainerState? TryLoad(
        string directory,
        nn.Module model,
        IReadOnlyList<OptimizerHelper?> optimizers,
        out Dictionary<string, Tensor>? best
    )
    {
        best = null;
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException($"{path} is not an M3oE.Dsl checkpoint.");
        }

        var state = JsonSerializer.Deserialize<TrainerState>(reader.ReadString())
            ?? throw new InvalidDataException($"{path} holds no trainer state.");
        model.load(reader);

        var count = reader.ReadInt32();
        if (count != optimizers.Count)
        {
            throw new InvalidDataException(
                $"{path} holds {count} optimiser states but the trainer has {optimizers.Count}; resume with the "
                    + "same structure-search settings that wrote it."
            );
        }

        foreach (var optimizer in optimizers)
        {
            var present = reader.ReadBoolean();
            if (present != optimizer is not null)
            {
                throw new InvalidDataException($"{path} was written with different optimisers.");
            }

            optimizer?.load_state_dict(reader);
        }

        if (reader.ReadBoolean())
        {
            var current = model.state_dict();
            best = new Dictionary<string, Tensor>(StringComparer.Ordinal);
            var entries = reader.ReadInt32();
            for (var i = 0; i < entries; i++)
            {
                var name = reader.ReadString();
                var tensor = current[name].detach().clone();
                tensor.Load(reader);
                best[name] = tensor;
            }
        }

        return state;
    }
}

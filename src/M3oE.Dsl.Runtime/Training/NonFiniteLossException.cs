using System;

namespace M3oE.Dsl.Runtime.Training;

/// <summary>Raised when the training loss becomes NaN or infinite; training stops at that step.</summary>
public sealed class NonFiniteLossException : Exception
{
    /// <summary>Creates the exception for the loss <paramref name="value"/> at an epoch and step.</summary>
    public NonFiniteLossException(int epoch, long step, double value)
        : base(
            $"Training stopped: the loss became {value} at epoch {epoch}, step {step}. Lower the learning rate, "
                + "set a gradient clipping norm, or check the data of that batch for NaN or infinite values."
        )
    {
        Epoch = epoch;
        Step = step;
        Value = value;
    }

    /// <summary>The epoch (0-based).</summary>
    public int Epoch { get; }

    /// <summary>The global step (0-based).</summary>
    public long Step { get; }

    /// <summary>The loss value.</summary>
    public double Value { get; }
}

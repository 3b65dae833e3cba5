using System;

namespace M3oE.Dsl.Runtime.Training;

/// <summary>A training step finished.</summary>
public sealed class StepCompletedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    public StepCompletedEventArgs(int epoch, long step, double loss)
    {
        Epoch = epoch;
        Step = step;
        Loss = loss;
    }

    /// <summary>The epoch (0-based).</summary>
    public int Epoch { get; }

    /// <summary>The global step (0-based).</summary>
    public long Step { get; }

    /// <summary>The batch loss.</summary>
    public double Loss { get; }
}

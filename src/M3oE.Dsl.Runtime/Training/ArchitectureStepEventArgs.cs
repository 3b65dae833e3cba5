using System;
using System.Collections.Generic;

namespace M3oE.Dsl.Runtime.Training;

/// <summary>An architecture step of the structure search finished.</summary>
public sealed class ArchitectureStepEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    public ArchitectureStepEventArgs(int epoch, long step, double loss, IReadOnlyDictionary<string, double> weights)
    {
        Epoch = epoch;
        Step = step;
        Loss = loss;
        StructureWeights = weights;
    }

    /// <summary>The epoch (0-based).</summary>
    public int Epoch { get; }

    /// <summary>The global weight step after which it ran.</summary>
    public long Step { get; }

    /// <summary>The architecture loss.</summary>
    public double Loss { get; }

    /// <summary>The structure weights after the step.</summary>
    public IReadOnlyDictionary<string, double> StructureWeights { get; }
}

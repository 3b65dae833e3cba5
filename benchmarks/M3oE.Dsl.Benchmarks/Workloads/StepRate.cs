using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace M3oE.Dsl.Benchmarks.Workloads;

/// <summary>Steps per second from the timestamps taken at the end of consecutive steps.</summary>
public static class StepRate
{
    /// <summary>(n - 1) steps over the time from the first to the last of n timestamps.</summary>
    /// <exception cref="InvalidOperationException">Fewer than two timestamps.</exception>
    public static double FromTimestamps(IReadOnlyList<long> timestamps)
    {
        if (timestamps.Count < 2)
        {
            throw new InvalidOperationException("A step rate needs at least two completed steps.");
        }

        var seconds = (double)(timestamps[^1] - timestamps[0]) / Stopwatch.Frequency;
        return (timestamps.Count - 1) / seconds;
    }
}

using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace M3oE.Dsl.Benchmarks.Memory;

/// <summary>The resident memory of this process from the kernel: the current size (VmRSS) and its peak
/// (VmHWM).</summary>
public static class ResidentMemory
{
    /// <summary>Collects garbage and resets the kernel's peak to the current resident size; false where the
    /// kernel does not allow it (the peak then covers the whole process life).</summary>
    public static bool ResetPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The peak resident size in MiB since the last reset.</summary>
    public static double PeakMiB() => Status("VmHWM:") ?? Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;

    /// <summary>The current resident size in MiB.</summary>
    public static double CurrentMiB() => Status("VmRSS:") ?? Process.GetCurrentProcess().WorkingSet64 / 1048576.0;

    private static double? Status(string field)
    {
        const string path = "/proc/self/status";
        if (!File.Exists(path))
        {
            return null;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var kib = long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kib / 1024.0;
            }
        }

        return null;
    }
}

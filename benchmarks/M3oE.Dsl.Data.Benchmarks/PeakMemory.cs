using System;
using System.Diagnostics;
using System.IO;

namespace M3oE.Dsl.Data.Benchmarks;

/// <summary>The resident-set peak of this process, resettable on Linux so each phase is measured alone.</summary>
internal static class PeakMemory
{
    /// <summary>Resets the kernel's peak (VmHWM) to the current resident size; false where unsupported.</summary>
    public static bool Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The peak resident size in MiB: VmHWM on Linux, else the process's peak working set.</summary>
    public static double MiB()
    {
        if (File.Exists("/proc/self/status"))
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kib = long.Parse(
                        line["VmHWM:".Length..].Trim().Split(' ')[0],
                        System.Globalization.CultureInfo.InvariantCulture
                    );
                    return kib / 1024.0;
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}

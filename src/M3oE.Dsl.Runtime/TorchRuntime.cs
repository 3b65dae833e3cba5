using System;
using TorchSharp;

namespace M3oE.Dsl.Runtime;

/// <summary>Loads LibTorch once and turns TorchSharp's loading failures into an error that says what to do.</summary>
public static class TorchRuntime
{
    internal const string LoadFailureMessage =
        "LibTorch could not be loaded: TorchSharp's native library libLibTorchSharp.so probably needs "
        + "GLIBCXX_3.4.32, which this system's libstdc++ lacks; build the application with the "
        + "M3oE.Dsl.Runtime build targets and without M3oEPatchLibTorchSharp=false so that the "
        + "patched copy is placed in the output folder, or install libstdc++ from GCC 13 or newer.";

    private static readonly object Gate = new();
    private static bool loaded;

    /// <summary>
    /// Loads LibTorch for the CPU. Call it before the first tensor operation; later calls return at once.
    /// </summary>
    /// <exception cref="TorchRuntimeException">LibTorch or TorchSharp's native shim could not be loaded.</exception>
    public static void EnsureLoaded()
    {
        lock (Gate)
        {
            if (loaded)
            {
                return;
            }

            try
            {
                torch.InitializeDeviceType(DeviceType.CPU);
            }
            catch (Exception exception)
                when (exception
                        is NotSupportedException
                            or DllNotFoundException
                            or TypeInitializationException
                            or EntryPointNotFoundException
                )
            {
                throw new TorchRuntimeException(LoadFailureMessage, exception);
            }

            loaded = true;
        }
    }
}

using System;
using System.IO;
using System.Text;
using TorchSharp;

namespace M3oE.Dsl.Runtime.Tests;

public sealed class TorchLoadingTests
{
    private const ushort WeakFlag = 0x2;

    [Fact]
    public void TorchSharpRunsAMatrixProduct()
    {
        TorchRuntime.EnsureLoaded();
        using var a = torch.tensor(new float[] { 1, 2, 3, 4 }).reshape(2, 2);
        using var b = torch.tensor(new float[] { 5, 6, 7, 8 }).reshape(2, 2);
        using var c = a.matmul(b);
        Assert.Equal(new float[] { 19, 22, 43, 50 }, c.data<float>().ToArray());
    }

    [Fact]
    public void TheLoadFailureMessageNamesTheMissingVersionAndTheBuildSwitch()
    {
        Assert.Contains("GLIBCXX_3.4.32", TorchRuntime.LoadFailureMessage);
        Assert.Contains("M3oEPatchLibTorchSharp", TorchRuntime.LoadFailureMessage);
    }

    [Fact]
    public void OutputCopyOfTheShimHasAWeakGlibcxxNeedWhileThePackageCacheCopyIsUntouched()
    {
        var output = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        var version = typeof(torch).Assembly.GetName().Version!;
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var cached = Path.Combine(
            packages,
            "torchsharp",
            $"{version.Major}.{version.Minor}.{version.Build}",
            "runtimes",
            "linux-x64",
            "native",
            "libLibTorchSharp.so"
        );

        var outputFlags = VersionNeedFlags(File.ReadAllBytes(output), "GLIBCXX_3.4.32");
        var cachedFlags = VersionNeedFlags(File.ReadAllBytes(cached), "GLIBCXX_3.4.32");

        Assert.NotNull(outputFlags);
        Assert.Equal(WeakFlag, outputFlags!.Value & WeakFlag);
        Assert.Equal(0, cachedFlags!.Value & WeakFlag);
    }

    // vna_flags of the version need named `name` in a 64-bit little-endian ELF file, or null
    private static int? VersionNeedFlags(byte[] elf, string name)
    {
        var sections = (int)BitConverter.ToUInt64(elf, 0x28);
        int entrySize = BitConverter.ToUInt16(elf, 0x3A);
        int count = BitConverter.ToUInt16(elf, 0x3C);
        for (var s = 0; s < count; s++)
        {
            var header = sections + s * entrySize;
            if (BitConverter.ToUInt32(elf, header + 4) != 0x6ffffffe)
            {
                continue;
            }

            var strings = sections + (int)BitConverter.ToUInt32(elf, header + 40) * entrySize;
            var stringOffset = (int)BitConverter.ToUInt64(elf, strings + 24);
            var need = (int)BitConverter.ToUInt64(elf, header + 24);
            var needs = BitConverter.ToUInt32(elf, header + 44);
            for (var n = 0; n < needs; n++)
            {
                var aux = need + (int)BitConverter.ToUInt32(elf, need + 8);
                for (var a = 0; a < BitConverter.ToUInt16(elf, need + 2); a++)
                {
                    var at = stringOffset + (int)BitConverter.ToUInt32(elf, aux + 8);
                    var end = Array.IndexOf(elf, (byte)0, at);
                    if (Encoding.ASCII.GetString(elf, at, end - at) == name)
                    {
                        return BitConverter.ToUInt16(elf, aux + 4);
                    }

                    aux += (int)BitConverter.ToUInt32(elf, aux + 12);
                }

                need += (int)BitConverter.ToUInt32(elf, need + 12);
            }
        }

        return null;
    }
}

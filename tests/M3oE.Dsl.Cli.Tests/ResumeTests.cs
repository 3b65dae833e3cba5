using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using M3oE.Dsl.Cli.Tests.Infrastructure;
using M3oE.Dsl.Language.Tests.Infrastructure;

namespace M3oE.Dsl.Cli.Tests;

/// <summary>A training process killed in the middle of an epoch continues from its checkpoint.</summary>
[Collection("working directory")]
public sealed class ResumeTests : IDisposable
{
    private const string Spec = "samples/synthetic/m3oe.m3oe";

    private readonly TempFolder _folder = new("m3oec-resume");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AKilledRunResumesFromItsCheckpointAndEndsAsAnUninterruptedOne()
    {
        var killed = _folder.File("killed");
        // one thread in both processes: the same arithmetic, whatever other tests set in this one
        string[] arguments = ["train", Spec, "--rows", "60000", "--epochs", "3", "--threads", "1", "--quiet"];

        using (var process = StartCli([.. arguments, "--out", killed]))
        {
            var metrics = Path.Combine(killed, "metrics.jsonl");
            var clock = Stopwatch.StartNew();
            while (!(File.Exists(metrics) && File.ReadAllText(metrics).Contains("\"epoch\":1")))
            {
                Assert.False(process.HasExited, "the training process ended before its first epoch was written");
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), "the first epoch took more than 3 minutes");
                Thread.Sleep(20);
            }

            // the second epoch has started: stop the process the hard way, as a crash or a kill -9 would
            Thread.Sleep(150);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Assert.False(File.Exists(Path.Combine(killed, "summary.json")), "the run finished before it was killed");
        Assert.False(File.Exists(Path.Combine(killed, "weights.dat")));
        Assert.True(File.Exists(Path.Combine(killed, "checkpoint.m3oe")));
        Assert.Single(File.ReadAllLines(Path.Combine(killed, "metrics.jsonl")));

        var (code, output, error) = CliRunner.Run(
            RepositoryPaths.Root,
            [.. arguments.Where(a => a != "--quiet"), "--out", killed, "--resume"]
        );
        Assert.True(code == 0, error);
        Assert.Contains("resuming from the checkpoint", output);
        Assert.DoesNotContain("epoch 1/3", output);
        Assert.Contains("epoch 3/3", output);

        var uninterrupted = _folder.File("uninterrupted");
        Assert.Equal(0, CliRunner.Run(RepositoryPaths.Root, [.. arguments, "--out", uninterrupted]).ExitCode);

        using var resumed = RunFiles.Summary(killed);
        using var reference = RunFiles.Summary(uninterrupted);
        Assert.Equal(3, resumed.RootElement.GetProperty("epochs").GetInt32());
        Assert.Equal(
            reference.RootElement.GetProperty("meanAuc").GetDouble(),
            resumed.RootElement.GetProperty("meanAuc").GetDouble(),
            9
        );
        var epochs = File.ReadAllLines(Path.Combine(killed, "metrics.jsonl"));
        Assert.Equal(3, epochs.Length);
        Assert.All(epochs.Select((line, i) => (line, i)), e => Assert.Contains($"\"epoch\":{e.i + 1},", e.line));
    }

    [Fact]
    public void ResumeWithoutACheckpointSaysSo()
    {
        var (code, _, error) = CliRunner.Run(
            RepositoryPaths.Root,
            "train",
            Spec,
            "--out",
            _folder.File("empty"),
            "--resume"
        );

        Assert.Equal(1, code);
        Assert.Contains("holds no checkpoint", error);
    }

    private static Process StartCli(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "m3oec.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}

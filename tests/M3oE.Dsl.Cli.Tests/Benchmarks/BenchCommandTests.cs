using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using M3oE.Dsl.Language.Tests.Infrastructure;

namespace M3oE.Dsl.Cli.Tests.Benchmarks;

[Collection("working directory")]
public sealed class BenchCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "m3oec-bench-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void AQuickRunEndsWithAJsonObjectHoldingEveryFigure()
    {
        var (code, output, error) = CliRunner.Run(
            RepositoryPaths.Root,
            "bench",
            "--quick",
            "--json",
            "--threads",
            "1",
            "--work",
            _folder
        );

        Assert.True(code == 0, error);
        var last = output.TrimEnd('\n').Split('\n')[^1];
        var json = JsonNode.Parse(last)!.AsObject();
        Assert.Equal("1", (string?)json["environment"]!["torch_threads"]);

        AssertFigures(
            json,
            "generator",
            "parse_check_cold_ms",
            "emit_cold_ms",
            "parse_check_warm_ms",
            "emit_warm_ms",
            "generator_first_run_ms",
            "generator_after_edit_ms",
            "outputs_after_edit",
            "reemitted_after_edit"
        );
        AssertFigures(
            json,
            "generated",
            "generated_steps_per_s",
            "handwritten_steps_per_s",
            "ratio",
            "ratio_spread",
            "parameters_generated",
            "parameters_handwritten"
        );
        AssertFigures(json, "machine", "forward_mflop_per_row", "model_gflops_32", "mm_gflops_64", "ratio_128");
        AssertFigures(
            json,
            "inference",
            "rows_per_s_1",
            "rows_per_s_16",
            "rows_per_s_64",
            "latency_p50_ms",
            "latency_p90_ms",
            "latency_p99_ms"
        );
        AssertFigures(
            json,
            "data",
            "csv_rows_per_s",
            "parquet_rows_per_s",
            "training_rows_per_s",
            "csv_over_training",
            "parquet_over_training"
        );
        AssertFigures(json, "memory", "small_peak_mib", "large_peak_mib", "small_rows", "large_rows", "peak_ratio");
        Assert.Equal(
            3,
            Keys(json, "machine")
                .Count(k =>
                    k.StartsWith("ratio_", StringComparison.Ordinal) && !k.EndsWith("_spread", StringComparison.Ordinal)
                )
        );
        Assert.All(json.Where(p => p.Key != "environment"), part => Assert.All(part.Value!.AsObject(), AssertFinite));
        Assert.False(Directory.Exists(_folder) && Directory.EnumerateFileSystemEntries(_folder).Any());
    }

    [Fact]
    public void AnUnknownPartIsReportedOnOneLineWithExitCodeOne()
    {
        var (code, output, error) = CliRunner.Run(RepositoryPaths.Root, "bench", "--only", "generated,warp");

        Assert.Equal(1, code);
        Assert.Equal(
            "m3oec: --only: unknown part 'warp'; the parts are generator, generated, machine, inference, data, "
                + "memory.\n",
            error
        );
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void AMissingSpecIsReportedWithoutAStackTrace()
    {
        var (code, output, error) = CliRunner.Run(
            RepositoryPaths.Root,
            "bench",
            "--only",
            "inference",
            "--spec",
            "nowhere.m3oe",
            "--work",
            _folder
        );

        Assert.Equal(1, code);
        Assert.Contains("m3oec: the spec file 'nowhere.m3oe' does not exist.", error);
        Assert.DoesNotContain("   at ", output + error);
    }

    [Fact]
    public void ANonPositiveRepeatCountIsRefused()
    {
        var (code, _, error) = CliRunner.Run(RepositoryPaths.Root, "bench", "--repeats", "0");

        Assert.Equal(1, code);
        Assert.Equal("m3oec: --repeats must be at least 1, got 0.\n", error);
    }

    private static string[] Keys(JsonObject json, string part) => json[part]!.AsObject().Select(p => p.Key).ToArray();

    private static void AssertFigures(JsonObject json, string part, params string[] keys)
    {
        var present = Keys(json, part);
        foreach (var key in keys)
        {
            Assert.Contains(key, present);
        }
    }

    private static void AssertFinite(System.Collections.Generic.KeyValuePair<string, JsonNode?> figure)
    {
        var value = figure.Value!.GetValue<double>();
        Assert.True(double.IsFinite(value), $"{figure.Key} is {value}");
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using M3oE.Dsl.Language.Formatting;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Language.Semantics;
using M3oE.Dsl.Language.Tests.Infrastructure;

namespace M3oE.Dsl.Language.Tests;

/// <summary>
/// Thousands of mutations of the sample specs, and random bytes, go through the compiler and the formatter.
/// Whatever the input, they return diagnostics with sound positions and never throw; and whenever a mutant
/// still checks clean, formatting it is idempotent and keeps its model.
/// </summary>
public sealed class FuzzTests
{
    private const int MutantsPerSeedFile = 400;

    private static readonly string[] Fragments =
    {
        "{", "}", "(", ")", "[", "]", "\"", "|", "->", ",", ";", ":", "//", "\n", "\r\n", "\t", " ", "0", "-1",
        "1e999999", "99999999999999999999", "0.5", "é", "\u0000", "\u202e", "🙂", "not", "and", "or", "in",
        "otherwise", "level", "model", "extends", "import", "data", "experts", "count", "| 2 |", "off",
        "((((((((((((((((((((((((((((((((((((((((", "not not not not not not not not not not not not not",
    };

    public static IEnumerable<object[]> SeedFiles() =>
        Directory.EnumerateFiles(RepositoryPaths.Samples, "*.m3oe", SearchOption.AllDirectories)
            .Select(RepositoryPaths.Relative)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void MutatedSpecsNeverThrowAndKeepFormattingSound(string relative)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, relative));
        var random = new Random(relative.Length * 7919 + text.Length);
        var provider = new RepositoryFileProvider();
        for (var i = 0; i < MutantsPerSeedFile; i++)
        {
            var mutant = Mutate(text, random);
            CheckInvariants(relative, mutant, provider);
        }
    }

    [Fact]
    public void RandomBytesNeverThrow()
    {
        var random = new Random(20240);
        var provider = new RepositoryFileProvider();
        for (var i = 0; i < 500; i++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            CheckInvariants("random.m3oe", Encoding.UTF8.GetString(bytes), provider);
        }
    }

    [Fact]
    public void PathologicalInputsNeverThrow()
    {
        var provider = new RepositoryFileProvider();
        var inputs = new[]
        {
            string.Empty,
            new string('{', 100_000),
            new string('}', 100_000),
            "model M { tasks { t: " + new string('(', 50_000) + "x > 1" + new string(')', 50_000) + " } }",
            "model M { tasks { t: " + string.Concat(Enumerable.Repeat("not ", 50_000)) + "x > 1 } }",
            "model M { tasks { t: x > 1" + string.Concat(Enumerable.Repeat(" and x > 1", 20_000)) + " } }",
            "model M { data { sparse " + string.Join(", ", Enumerable.Range(0, 20_000).Select(i => "c" + i)) + " } }",
            "model M { data { dense x fill " + new string('9', 5000) + " } }",
            "model M { data { sparse x dim " + string.Join(" | ", Enumerable.Repeat("1", 10_000)) + " } }",
            "\"" + new string('x', 100_000),
            string.Concat(Enumerable.Repeat("model M { }\n", 2000)),
            "model A extends B { }\nmodel B extends A { }",
            "import \"golden-self.m3oe\"\nmodel M { }",
        };

        foreach (var input in inputs)
        {
            CheckInvariants("pathological.m3oe", input, provider);
        }
    }

    private static void CheckInvariants(string path, string text, ISpecFileProvider provider)
    {
        CompilationResult result;
        try
        {
            result = SpecCompiler.Compile(path, text, provider);
        }
        catch (Exception exception)
        {
            throw new Xunit.Sdk.XunitException($"The compiler threw on this input:\n{text}\n\n{exception}");
        }

        var lines = new M3oE.Dsl.Language.Text.SourceText(path, text).LineCount;
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Path == path))
        {
            Assert.InRange(diagnostic.Start.Line, 1, lines);
            Assert.True(diagnostic.Start.Column >= 1);
            Assert.StartsWith("M3OE", diagnostic.Id);
        }

        FormatResult formatted;
        try
        {
            formatted = SpecFormatter.Format(path, text);
        }
        catch (Exception exception)
        {
            throw new Xunit.Sdk.XunitException($"The formatter threw on this input:\n{text}\n\n{exception}");
        }

        if (!formatted.Succeeded || result.HasErrors)
        {
            return;
        }

        var again = SpecFormatter.Format(path, formatted.Text!);
        Assert.True(again.Succeeded, "The formatted text does not parse:\n" + formatted.Text);
        Assert.Equal(formatted.Text, again.Text);

        var reparsed = SpecCompiler.Compile(path, formatted.Text!, provider);
        Assert.Equal(Dump(result), Dump(reparsed));
    }

    private static string Dump(CompilationResult result) => string.Concat(result.Models.Select(ModelDumper.Dump));

    private static string Mutate(string text, Random random)
    {
        var steps = random.Next(1, 4);
        for (var s = 0; s < steps; s++)
        {
            var at = text.Length == 0 ? 0 : random.Next(text.Length);
            var length = Math.Min(text.Length - at, random.Next(1, 30));
            text = random.Next(6) switch
            {
                0 => text.Remove(at, length),
                1 => text.Insert(at, Fragments[random.Next(Fragments.Length)]),
                2 => text.Insert(at, text.Substring(at, length)),
                3 => text.Substring(0, at),
                4 => text.Insert(at, ((char)random.Next(0, 0x3000)).ToString()),
                _ => SwapDigits(text, random),
            };
        }

        return text;
    }

    private static string SwapDigits(string text, Random random)
    {
        var digits = Enumerable.Range(0, text.Length).Where(i => char.IsDigit(text[i])).ToList();
        if (digits.Count == 0)
        {
            return text;
        }

        var at = digits[random.Next(digits.Count)];
        var replacement = random.Next(4) switch
        {
            0 => "0",
            1 => "-5",
            2 => "1e400",
            _ => "2147483648",
        };
        return text.Substring(0, at) + replacement + text.Substring(at + 1);
    }
}

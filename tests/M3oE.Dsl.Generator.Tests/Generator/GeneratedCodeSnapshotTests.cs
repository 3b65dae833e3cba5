using System.Collections.Generic;
using System.IO;
using System.Linq;
using M3oE.Dsl.Emitter.Naming;
using M3oE.Dsl.Generator.Tests.Infrastructure;
using M3oE.Dsl.Language.Tests.Infrastructure;
using Xunit.Sdk;

namespace M3oE.Dsl.Generator.Tests.Generator;

public sealed class GeneratedCodeSnapshotTests
{
    private static readonly string SnapshotFolder = Path.Combine(
        RepositoryPaths.Root,
        "tests",
        "M3oE.Dsl.Generator.Tests",
        "Snapshots"
    );

    [Theory]
    [MemberData(nameof(SampleSpecs.Cases), MemberType = typeof(SampleSpecs))]
    public void EveryGeneratedFileOfASampleMatchesItsSnapshot(string relativePath)
    {
        var (_, result, _) = GeneratorHarness.Run(SampleSpecs.Texts());
        var prefix = HintNames.Prefix(relativePath) + ".";
        var sources = result.Results.Single().GeneratedSources.Where(s => s.HintName.StartsWith(prefix)).ToList();
        Assert.NotEmpty(sources);

        // every file is compared (and written as received) before the test fails
        var failures = new List<string>();
        foreach (var source in sources)
        {
            var name = source.HintName.Substring(0, source.HintName.Length - ".g.cs".Length);
            try
            {
                Snapshot.Verify(Path.Combine(SnapshotFolder, name + ".verified.cs"), source.SourceText.ToString());
            }
            catch (XunitException exception)
            {
                failures.Add(exception.Message);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }
}

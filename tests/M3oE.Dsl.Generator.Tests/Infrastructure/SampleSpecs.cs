using System.Collections.Generic;
using System.IO;
using System.Linq;
using M3oE.Dsl.Language.Tests.Infrastructure;

namespace M3oE.Dsl.Generator.Tests.Infrastructure;

/// <summary>The spec files under samples/, as the generator sees them in a project rooted at the repository.</summary>
internal static class SampleSpecs
{
    /// <summary>The project folder the tests pretend the samples live in.</summary>
    public const string ProjectDirectory = "/project/";

    /// <summary>Every sample spec by its path relative to the repository, in a stable order.</summary>
    public static IReadOnlyList<string> RelativePaths { get; } =
        Directory
            .EnumerateFiles(RepositoryPaths.Samples, "*.m3oe", SearchOption.AllDirectories)
            .Select(RepositoryPaths.Relative)
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .ToArray();

    public static IEnumerable<object[]> Cases => RelativePaths.Select(p => new object[] { p });

    /// <summary>The additional files of every sample, with paths inside <see cref="ProjectDirectory"/>.</summary>
    public static IReadOnlyList<InMemoryAdditionalText> Texts() =>
        RelativePaths
            .Select(p => new InMemoryAdditionalText(
                ProjectDirectory + p,
                File.ReadAllText(Path.Combine(RepositoryPaths.Root, p))
            ))
            .ToArray();
}

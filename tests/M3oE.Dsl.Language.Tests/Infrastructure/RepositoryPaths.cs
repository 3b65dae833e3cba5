using System;
using System.IO;

namespace M3oE.Dsl.Language.Tests.Infrastructure;

/// <summary>Finds the repository from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "M3oE.Dsl.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("M3oE.Dsl.sln not found above the test assembly.");
    });

    public static string Root => RootPath.Value;

    public static string Samples => Path.Combine(Root, "samples");

    public static string Golden => Path.Combine(Root, "tests", "M3oE.Dsl.Language.Tests", "Golden");

    /// <summary>A path relative to the repository, with forward slashes, as diagnostics should print it.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}

using System.IO;
using M3oE.Dsl.Language.Tests.Infrastructure;

namespace M3oE.Dsl.Cli.Tests.Infrastructure;

/// <summary>The real data folder <c>../shared/data</c> beside the checkout; tests that need it skip without it.</summary>
internal static class SharedData
{
    /// <summary>The path of a data set folder; skips the calling test when the data is absent.</summary>
    public static string Require(string dataSet)
    {
        var root = Path.Combine(Path.GetDirectoryName(RepositoryPaths.Root)!, "shared", "data");
        Skip.IfNot(Directory.Exists(root), $"The real data folder {root} is not beside this checkout.");
        var path = Path.Combine(root, dataSet);
        Skip.IfNot(Directory.Exists(path), $"The data set folder {path} is absent.");
        return path;
    }
}

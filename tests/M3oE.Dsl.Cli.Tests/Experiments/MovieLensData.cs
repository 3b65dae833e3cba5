using System.IO;
using M3oE.Dsl.Language.Tests.Infrastructure;

namespace M3oE.Dsl.Cli.Tests.Experiments;

/// <summary>The real MovieLens-100K folder beside the checkout (<c>../shared/data/ml-100k</c>).</summary>
internal static class MovieLensData
{
    public static string Folder =>
        Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "data", "ml-100k"));

    /// <summary>Skips the calling test with the reason when the folder is absent.</summary>
    public static string Require()
    {
        Skip.IfNot(
            File.Exists(Path.Combine(Folder, "u.data")),
            $"MovieLens-100K is not at {Folder} (../shared/data/ml-100k beside the checkout); the experiment "
                + "runner's data tests need it."
        );
        return Folder;
    }
}

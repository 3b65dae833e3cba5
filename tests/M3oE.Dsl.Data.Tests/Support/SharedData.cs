using System;
using System.IO;
using Xunit;

namespace M3oE.Dsl.Data.Tests.Support;

/// <summary>Finds the real data folder <c>../shared/data</c> beside the repository checkout.</summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The data folder, or null when this checkout has none beside it.</summary>
    public static string? Folder => Root.Value;

    /// <summary>The path of a data set folder; skips the calling test when the data is absent.</summary>
    public static string Require(string dataSet)
    {
        Skip.If(Folder is null, "The real data folder ../shared/data is not beside this checkout.");
        var path = Path.Combine(Folder!, dataSet);
        Skip.IfNot(Directory.Exists(path), $"The data set folder {path} is absent.");
        return path;
    }

    private static string? Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "M3oE.Dsl.sln")))
        {
            directory = directory.Parent;
        }

        if (directory?.Parent is null)
        {
            return null;
        }

        var data = Path.Combine(directory.Parent.FullName, "shared", "data");
        return Directory.Exists(data) ? data : null;
    }
}

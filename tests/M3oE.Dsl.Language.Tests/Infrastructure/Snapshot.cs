using System;
using System.IO;

namespace M3oE.Dsl.Language.Tests.Infrastructure;

/// <summary>
/// Compares text with a committed <c>*.verified.*</c> file. On a mismatch, or when the verified file is
/// missing, it writes <c>*.received.*</c> beside it and fails; a missing snapshot never passes. Setting
/// <c>M3OE_ACCEPT_SNAPSHOTS=1</c> writes the received text as the verified file instead.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string verifiedPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        var receivedPath = verifiedPath.Replace(".verified.", ".received.");
        var accept = Environment.GetEnvironmentVariable("M3OE_ACCEPT_SNAPSHOTS") == "1";
        if (File.Exists(verifiedPath) && File.ReadAllText(verifiedPath).Replace("\r\n", "\n") == actual)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        if (accept)
        {
            File.WriteAllText(verifiedPath, actual);
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, actual);
        var reason = File.Exists(verifiedPath) ? "differs from" : "has no";
        throw new Xunit.Sdk.XunitException(
            $"The output {reason} snapshot {RepositoryPaths.Relative(verifiedPath)}; see {RepositoryPaths.Relative(receivedPath)}."
            + Environment.NewLine + "Set M3OE_ACCEPT_SNAPSHOTS=1 to accept it." + Environment.NewLine + actual);
    }
}

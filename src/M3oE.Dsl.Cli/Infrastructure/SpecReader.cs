using System;
using System.IO;

namespace M3oE.Dsl.Cli.Infrastructure;

/// <summary>Reads a spec file, turning a failure into one line for the user instead of an exception.</summary>
internal static class SpecReader
{
    public static string? TryRead(string path, CliConsole console)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"m3oec: cannot read '{path}': {exception.Message}");
            return null;
        }
    }
}

using System.IO;
using System.Linq;

namespace M3oE.Dsl.Cli.Reporting;

/// <summary>
/// Makes a font available to the plots. The SkiaSharp build the plots use reads no system font configuration,
/// so a TrueType file of the machine's fonts is registered by path; without one, plots are drawn without text.
/// </summary>
internal static class PlotFonts
{
    private const string Family = "M3oE Report Sans";

    private static readonly string[] Folders =
    [
        "/usr/share/fonts",
        "/usr/local/share/fonts",
        "/Library/Fonts",
        @"C:\Windows\Fonts",
    ];

    private static readonly string[] Preferred =
    [
        "DejaVuSans.ttf",
        "LiberationSans-Regular.ttf",
        "Arial.ttf",
        "arial.ttf",
    ];

    private static readonly object Gate = new();

    private static bool? _available;

    /// <summary>True when a font was found and set as the plots' default.</summary>
    public static bool Ensure()
    {
        lock (Gate)
        {
            if (_available is { } known)
            {
                return known;
            }

            var file = Find();
            if (file is not null)
            {
                ScottPlot.Fonts.AddFontFile(Family, file, bold: false, italic: false);
                ScottPlot.Fonts.Default = Family;
            }

            _available = file is not null;
            return _available.Value;
        }
    }

    private static string? Find()
    {
        var files = Folders
            .Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.ttf", SearchOption.AllDirectories))
            .ToList();
        foreach (var name in Preferred)
        {
            var match = files.FirstOrDefault(f => Path.GetFileName(f) == name);
            if (match is not null)
            {
                return match;
            }
        }

        return files.FirstOrDefault(f =>
            !Path.GetFileName(f).Contains("Mono") && !Path.GetFileName(f).Contains("Bold")
        );
    }
}

using System;
using System.Globalization;

namespace M3oE.Dsl.Data.Rows;

/// <summary>The one way numbers are parsed from text: invariant culture, surrounding spaces allowed.</summary>
internal static class NumberText
{
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        if (text.IsEmpty)
        {
            value = 0;
            return false;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && !double.IsNaN(value);
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace M3oE.Dsl.Cli.Scaffolding;

/// <summary>The header and the first rows of a delimited file, with its separator guessed.</summary>
internal sealed class CsvSample
{
    private static readonly char[] Separators = [',', ';', '\t', '|'];

    private CsvSample(char separator, IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
    {
        Separator = separator;
        Headers = headers;
        Rows = rows;
    }

    public char Separator { get; }

    /// <summary>The separator as a reader would name it.</summary>
    public string SeparatorName => Separator == '\t' ? "tab" : $"'{Separator}'";

    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>The cells of column <paramref name="index"/>, one per sampled row; empty for a short row.</summary>
    public IEnumerable<string> Column(int index) => Rows.Select(r => index < r.Length ? r[index].Trim() : string.Empty);

    /// <summary>
    /// Reads the header and up to <paramref name="maxRows"/> rows of <paramref name="path"/>. The separator is
    /// the one of <c>,</c> <c>;</c> tab <c>|</c> that splits the header into the most cells and the first rows
    /// into as many. Throws <see cref="InvalidDataException"/> for a file with no header.
    /// </summary>
    public static CsvSample Read(string path, int maxRows)
    {
        var lines = new List<string>();
        using (var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            while (lines.Count <= maxRows && reader.ReadLine() is { } line)
            {
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
            }
        }

        if (lines.Count == 0)
        {
            throw new InvalidDataException($"'{path}' is empty; it needs a header line.");
        }

        var separator = Separators
            .Select(s => (Separator: s, Cells: Split(lines[0], s).Length))
            .OrderByDescending(c => lines.Skip(1).Take(20).All(l => Split(l, c.Separator).Length == c.Cells))
            .ThenByDescending(c => c.Cells)
            .First()
            .Separator;
        var headers = Split(lines[0], separator).Select(h => h.Trim()).ToList();
        var rows = lines.Skip(1).Select(l => Split(l, separator)).ToList();
        return new CsvSample(separator, headers, rows);
    }

    /// <summary>The cells of one line; a cell in double quotes may hold the separator and doubled quotes.</summary>
    private static string[] Split(string line, char separator)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells.ToArray();
    }
}

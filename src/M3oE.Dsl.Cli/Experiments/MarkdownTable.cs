using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>
/// A Markdown table: a header row, then rows of cells; the first column is left-aligned, the others right.
/// </summary>
internal sealed class MarkdownTable(params string[] header)
{
    private readonly List<string[]> _rows = [];

    public int RowCount => _rows.Count;

    public MarkdownTable Add(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public void WriteTo(StringBuilder text)
    {
        text.Append("| ").Append(string.Join(" | ", header.Select(Escape))).Append(" |\n");
        text.Append("|---").Append(string.Concat(Enumerable.Repeat("|--:", header.Length - 1))).Append("|\n");
        foreach (var row in _rows)
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(Escape))).Append(" |\n");
        }

        text.Append('\n');
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|");
}

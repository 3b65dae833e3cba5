using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace M3oE.Dsl.Cli.Progress;

/// <summary>A progress column showing the rows per second of a task counted in batches of a known size.</summary>
internal sealed class RowRateColumn : ProgressColumn
{
    private readonly int _rowsPerUnit;

    public RowRateColumn(int rowsPerUnit)
    {
        _rowsPerUnit = rowsPerUnit;
    }

    public override IRenderable Render(RenderOptions options, ProgressTask task, System.TimeSpan deltaTime)
    {
        var rows = task.Speed is { } speed ? speed * _rowsPerUnit : 0;
        return new Text(
            rows.ToString("N0", CultureInfo.InvariantCulture) + " rows/s",
            new Style(Color.Grey)
        ).RightJustified();
    }
}

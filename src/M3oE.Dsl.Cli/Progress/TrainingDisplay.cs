using System;
using M3oE.Dsl.Cli.Infrastructure;
using Spectre.Console;

namespace M3oE.Dsl.Cli.Progress;

/// <summary>
/// What a training run shows while it works: a progress bar over all steps of all epochs (with rows per
/// second, elapsed time and time left) and one line per finished epoch. Disabled, it shows nothing.
/// </summary>
internal sealed class TrainingDisplay
{
    private readonly CliConsole _console;
    private readonly bool _enabled;
    private ProgressTask? _task;

    public TrainingDisplay(CliConsole console, bool enabled)
    {
        _console = console;
        _enabled = enabled;
    }

    /// <summary>
    /// Runs <paramref name="work"/> under a progress bar of <paramref name="epochs"/> times
    /// <paramref name="stepsPerEpoch"/> steps, of which the epochs before <paramref name="firstEpoch"/> are done.
    /// </summary>
    public T Run<T>(string title, int epochs, long stepsPerEpoch, int firstEpoch, int batchRows, Func<T> work)
    {
        if (!_enabled)
        {
            return work();
        }

        return _console
            .Ansi.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RowRateColumn(batchRows),
                new ElapsedTimeColumn(),
                new RemainingTimeColumn(),
                new SpinnerColumn()
            )
            .Start(context =>
            {
                _task = context.AddTask(title, maxValue: Math.Max(1, epochs * stepsPerEpoch));
                _task.Value = Math.Min(_task.MaxValue, firstEpoch * stepsPerEpoch);
                try
                {
                    return work();
                }
                finally
                {
                    _task.StopTask();
                }
            });
    }

    /// <summary>Counts one finished training step.</summary>
    public void Step() => _task?.Increment(1);

    /// <summary>Sets the bar to the end of epoch <paramref name="epoch"/> (from 0) and prints its line.</summary>
    public void EpochDone(int epoch, long stepsPerEpoch, string line)
    {
        if (!_enabled)
        {
            return;
        }

        if (_task is not null)
        {
            _task.Value = Math.Min(_task.MaxValue, (epoch + 1) * stepsPerEpoch);
        }

        _console.Ansi.MarkupLine(Markup.Escape(line));
    }

    /// <summary>Prints a line above the bar, when the display is enabled.</summary>
    public void Line(string line)
    {
        if (_enabled)
        {
            _console.Ansi.MarkupLine(Markup.Escape(line));
        }
    }
}

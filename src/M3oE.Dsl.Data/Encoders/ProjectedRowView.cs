using System;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.Encoders;

/// <summary>A view whose slot i is slot <c>slots[i]</c> of another view.</summary>
internal sealed class ProjectedRowView : IRowView
{
    private readonly int[] _slots;

    public ProjectedRowView(int[] slots)
    {
        _slots = slots;
    }

    public IRowView? Inner { get; set; }

    public int Width => _slots.Length;

    public long Line => Inner!.Line;

    public long Index => Inner!.Index;

    public ReadOnlySpan<char> Text(int slot) => Inner!.Text(_slots[slot]);

    public bool TryNumber(int slot, out double value) => Inner!.TryNumber(_slots[slot], out value);
}

using System.Collections.Generic;

namespace M3oE.Dsl.Data.Splits;

/// <summary>A split by the value of a column; see <see cref="SplitSpec.ByColumn"/>.</summary>
/// <param name="Column">The column read.</param>
/// <param name="ValidationValues">Values whose rows validate.</param>
/// <param name="TestValues">Values whose rows test.</param>
public sealed record ColumnSplit(
    string Column,
    IReadOnlyList<string> ValidationValues,
    IReadOnlyList<string> TestValues
) : SplitSpec
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Columns => [Column];
}

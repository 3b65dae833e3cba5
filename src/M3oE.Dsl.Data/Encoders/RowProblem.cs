using M3oE.Dsl.Data.Quality;

namespace M3oE.Dsl.Data.Encoders;

/// <summary>Why a row could not be parsed, before the file and line are attached.</summary>
internal readonly record struct RowProblem(string? Column, BadRowReason Reason, string Detail)
{
    public BadRow At(string file, long line) => new(file, line, Column, Reason, Detail);
}

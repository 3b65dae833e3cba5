using System;
using System.Collections.Generic;
using M3oE.Dsl.Language.Text;
using Sprache;

namespace M3oE.Dsl.Language.Parsing;

/// <summary>
/// A Sprache input over one entry of a spec: it reads the whole (comment-free) text but ends at the
/// entry's end, so that positions in results are offsets into the file.
/// </summary>
internal sealed class EntryInput : IInput
{
    private readonly SourceText _source;
    private readonly int _end;
    private IDictionary<object, object>? _memos;

    public EntryInput(SourceText source, string code, TextSpan span)
        : this(source, code, span.Start, span.End) { }

    private EntryInput(SourceText source, string code, int position, int end)
    {
        _source = source;
        Source = code;
        Position = position;
        _end = end;
    }

    public string Source { get; }

    public int Position { get; }

    public char Current => Source[Position];

    public bool AtEnd => Position >= _end;

    public int Line => _source.GetPosition(Position).Line;

    public int Column => _source.GetPosition(Position).Column;

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public IInput Advance()
    {
        if (AtEnd)
        {
            throw new InvalidOperationException("The input is already at the end of the entry.");
        }

        return new EntryInput(_source, Source, Position + 1, _end);
    }

    public bool Equals(IInput? other) =>
        other is EntryInput input && ReferenceEquals(input.Source, Source) && input.Position == Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => Position;
}

using System.Collections.Generic;
using M3oE.Dsl.Language.Diagnostics;
using M3oE.Dsl.Language.Syntax;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Parsing;

/// <summary>
/// Splits a spec into lines and braced blocks, takes out the comments and finds unbalanced braces and
/// unterminated strings. It never recurses and never fails, whatever the input: deep or broken nesting
/// becomes diagnostics, and the parser still gets every well-formed line.
/// </summary>
internal sealed class Scanner
{
    /// <summary>Entries longer than this are refused before they reach the grammar.</summary>
    public const int MaxEntryLength = 4096;

    private readonly SourceText _source;
    private readonly DiagnosticBag _diagnostics;
    private readonly char[] _code;
    private readonly Stack<ScannedBlock> _blocks = new();

    private int _entryStart = -1;
    private int _entryEnd = -1;
    private int _bracketDepth;
    private int _newlines;
    private bool _pendingBlank;
    private bool _blankAfterComments;
    private List<Comment> _pendingComments = new();
    private ScannedItem? _lastItem;
    private int _lastItemLine = -1;
    private bool _lastItemClosed;

    private Scanner(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _diagnostics = diagnostics;
        _code = source.Text.ToCharArray();
    }

    /// <summary>The text with every comment replaced by spaces, so that offsets stay valid.</summary>
    public string Code => new(_code);

    public static (ScannedBlock Root, string Code) Scan(SourceText source, DiagnosticBag diagnostics)
    {
        var scanner = new Scanner(source, diagnostics);
        var root = scanner.Run();
        return (root, scanner.Code);
    }

    private ScannedBlock Run()
    {
        var root = new ScannedBlock(default, -1, new List<Comment>(), false);
        _blocks.Push(root);
        var text = _source.Text;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\n' or '\r':
                    OnNewline();
                    break;
                case ' ' or '\t' or '\f' or '\v':
                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '/':
                    i = ScanComment(i) - 1;
                    break;
                case '"':
                    i = ScanString(i) - 1;
                    break;
                case '{':
                    OpenBlock(i);
                    break;
                case '}':
                    CloseBlock(i);
                    break;
                case ';':
                    FinishEntry();
                    break;
                default:
                    Extend(i, i + 1);
                    if (c is '(' or '[')
                    {
                        _bracketDepth++;
                    }
                    else if (c is ')' or ']' && _bracketDepth > 0)
                    {
                        _bracketDepth--;
                    }

                    break;
            }
        }

        FinishEntry();
        while (_blocks.Count > 1)
        {
            var block = _blocks.Pop();
            block.InnerTrailing = TakePendingComments();
            _diagnostics.Report(
                DiagnosticCatalog.MissingClosingBrace,
                _source,
                new TextSpan(block.Open, 1),
                _source.GetPosition(block.Open).Line
            );
        }

        root.InnerTrailing = TakePendingComments();
        return root;
    }

    private void OnNewline()
    {
        if (_entryStart >= 0 && !ContinuesOnNextLine())
        {
            FinishEntry();
        }

        _newlines++;
    }

    private bool ContinuesOnNextLine()
    {
        if (_bracketDepth > 0)
        {
            return true;
        }

        var last = _code[_entryEnd - 1];
        return last is ',' or '|' || (last == '>' && _entryEnd - 2 >= _entryStart && _code[_entryEnd - 2] == '-');
    }

    private int ScanComment(int start)
    {
        var end = start;
        while (end < _code.Length && _code[end] is not ('\n' or '\r'))
        {
            end++;
        }

        var comment = new Comment(
            _source.Text.Substring(start, end - start).TrimEnd(),
            TextSpan.FromBounds(start, end)
        );
        for (var i = start; i < end; i++)
        {
            _code[i] = ' ';
        }

        var line = _source.GetPosition(start).Line;
        if (_entryStart >= 0)
        {
            CurrentEntryTrailing = comment;
        }
        else if (_lastItem is not null && _lastItemLine == line)
        {
            if (_lastItemClosed)
            {
                _lastItem.CloseTrailing ??= comment;
            }
            else
            {
                _lastItem.Trailing ??= comment;
            }
        }
        else
        {
            _pendingComments.Add(comment with { BlankLineBefore = _newlines >= 2 });
            _newlines = 0;
        }

        return end;
    }

    private Comment? CurrentEntryTrailing { get; set; }

    private int ScanString(int start)
    {
        var i = start + 1;
        while (i < _code.Length)
        {
            var c = _code[i];
            if (c == '\\' && i + 1 < _code.Length && _code[i + 1] is not ('\n' or '\r'))
            {
                i += 2;
                continue;
            }

            if (c == '"')
            {
                Extend(start, i + 1);
                return i + 1;
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            i++;
        }

        _diagnostics.Report(DiagnosticCatalog.UnterminatedString, _source, TextSpan.FromBounds(start, i));
        Extend(start, i);
        return i;
    }

    private void Extend(int start, int end)
    {
        if (_entryStart < 0)
        {
            NoteBlankLines();
            _entryStart = start;
        }

        _entryEnd = end;
    }

    /// <summary>Records the blank lines before the item that starts now, and before its comments.</summary>
    private void NoteBlankLines()
    {
        var blank = _newlines >= 2;
        _pendingBlank = _pendingComments.Count > 0 ? _pendingComments[0].BlankLineBefore : blank;
        _blankAfterComments = _pendingComments.Count > 0 && blank;
    }

    private void OpenBlock(int offset)
    {
        if (_entryStart < 0)
        {
            NoteBlankLines();
        }

        var header = _entryStart >= 0 ? TextSpan.FromBounds(_entryStart, _entryEnd) : new TextSpan(offset, 0);
        var block = new ScannedBlock(header, offset, TakePendingComments(), _pendingBlank)
        {
            Depth = _blocks.Count,
            Trailing = CurrentEntryTrailing,
            BlankLineAfterComments = _blankAfterComments,
        };
        ResetEntry();

        _blocks.Peek().Children.Add(block);
        _blocks.Push(block);
        _lastItem = block;
        _lastItemClosed = false;
        _lastItemLine = _source.GetPosition(offset).Line;
        _newlines = 0;
    }

    private void CloseBlock(int offset)
    {
        FinishEntry();
        if (_blocks.Count == 1)
        {
            _diagnostics.Report(DiagnosticCatalog.UnexpectedClosingBrace, _source, new TextSpan(offset, 1));
            return;
        }

        var block = _blocks.Pop();
        block.Close = offset;
        block.InnerTrailing = TakePendingComments();
        _lastItem = block;
        _lastItemClosed = true;
        _lastItemLine = _source.GetPosition(offset).Line;
        _newlines = 0;
    }

    private void FinishEntry()
    {
        if (_entryStart < 0)
        {
            return;
        }

        var span = TextSpan.FromBounds(_entryStart, _entryEnd);
        var line = new ScannedItem(span, TakePendingComments(), _pendingBlank)
        {
            Trailing = CurrentEntryTrailing,
            BlankLineAfterComments = _blankAfterComments,
        };
        if (span.Length > MaxEntryLength)
        {
            _diagnostics.Report(DiagnosticCatalog.EntryTooLong, _source, new TextSpan(span.Start, 1), MaxEntryLength);
            line = new ScannedItem(new TextSpan(span.Start, 0), line.Leading, line.BlankLineBefore);
        }

        _blocks.Peek().Children.Add(line);
        _lastItem = line;
        _lastItemClosed = false;
        _lastItemLine = _source.GetPosition(span.End).Line;
        ResetEntry();
        _newlines = 0;
    }

    private void ResetEntry()
    {
        _entryStart = -1;
        _entryEnd = -1;
        _bracketDepth = 0;
        _pendingBlank = false;
        _blankAfterComments = false;
        CurrentEntryTrailing = null;
    }

    private List<Comment> TakePendingComments()
    {
        var comments = _pendingComments;
        _pendingComments = new List<Comment>();
        return comments;
    }
}

namespace M3oE.Dsl.Generator.Declarations;

/// <summary>
/// What attribute arguments may hold before they are written into spec text. A name must be a spec name;
/// a piece of spec text must stay inside the one entry it is written into, so that no argument can open or
/// close a block, start another entry or continue onto the next line.
/// </summary>
internal static class SpecTextRules
{
    /// <summary>True for an ASCII letter or '_' followed by ASCII letters, digits and '_'.</summary>
    public static bool IsName(string text)
    {
        if (text.Length == 0 || !(IsLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(IsLetter(c) || c is (>= '0' and <= '9') || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What keeps <paramref name="text"/> from standing inside one entry; null when nothing does.</summary>
    public static string? FragmentProblem(string text)
    {
        var inString = false;
        var parentheses = 0;
        var brackets = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                return "a line break";
            }

            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                    if (i < text.Length && text[i] is '\n' or '\r')
                    {
                        return "a line break";
                    }
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case ';':
                    return "';', which ends an entry";
                case '{' or '}':
                    return "a brace";
                case '/' when i + 1 < text.Length && text[i + 1] == '/':
                    return "a comment";
                case '(':
                    parentheses++;
                    break;
                case ')':
                    parentheses--;
                    break;
                case '[':
                    brackets++;
                    break;
                case ']':
                    brackets--;
                    break;
            }

            if (parentheses < 0 || brackets < 0)
            {
                return "a closing bracket without its opening one";
            }
        }

        if (inString)
        {
            return "a string without its closing quote";
        }

        if (parentheses > 0 || brackets > 0)
        {
            return "an opening bracket without its closing one";
        }

        var end = text.TrimEnd();
        return end.EndsWith(",") || end.EndsWith("|") || end.EndsWith("->")
            ? "a trailing ',', '|' or '->', which would continue the entry on the next line"
            : null;
    }

    private static bool IsLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}

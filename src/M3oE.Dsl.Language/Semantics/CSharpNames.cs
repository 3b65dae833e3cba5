using System.Text;

namespace M3oE.Dsl.Language.Semantics;

/// <summary>
/// Maps spec names to C# names. Spec names are ASCII letters, digits and underscores, so a mapped name is
/// always a plain C# identifier; nothing from a spec reaches generated code unmapped.
/// </summary>
public static class CSharpNames
{
    /// <summary>The longest name a spec may use.</summary>
    public const int MaxLength = 100;

    /// <summary><c>user_id</c> becomes <c>UserId</c>, <c>click</c> becomes <c>Click</c>.</summary>
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    /// <summary>Why a name cannot be used, or null when it can.</summary>
    public static string? Problem(string name)
    {
        if (name.Length > MaxLength)
        {
            return "names are at most " + MaxLength + " characters long";
        }

        var mapped = ToPascalCase(name);
        if (mapped.Length == 0)
        {
            return "it has no letter or digit to make a C# name from";
        }

        if (mapped[0] is >= '0' and <= '9')
        {
            return "its C# name '" + mapped + "' would start with a digit";
        }

        return null;
    }
}

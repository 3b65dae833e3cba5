using System.Globalization;
using M3oE.Dsl.Generator.Declarations;
using M3oE.Dsl.Generator.Pipeline;
using Microsoft.CodeAnalysis;

namespace M3oE.Dsl.Generator.Diagnostics;

/// <summary>
/// The diagnostics of models declared in C#, M3OE92xx. Each is reported on the attribute that causes it;
/// front-end diagnostics of a model declared by attributes keep their own ids and move onto the attribute too.
/// </summary>
internal static class DeclarationDiagnostics
{
    public static readonly DiagnosticDescriptor SpecNotFound = Error(
        "M3OE9200",
        "The bound spec is not an additional file",
        "The spec '{0}' is not among the project's additional files (looked for '{1}'); add it with "
            + "<AdditionalFiles Include=\"...\" /> or correct the path, which is relative to this C# file"
    );

    public static readonly DiagnosticDescriptor ModelNotFound = Error(
        "M3OE9201",
        "The bound spec has no such model",
        "The spec '{0}' {1}; name one of its models with Model = \"NAME\": {2}"
    );

    public static readonly DiagnosticDescriptor ClassNotUsable = Error(
        "M3OE9202",
        "The class cannot hold a generated model",
        "The class '{0}' cannot hold a generated model: {1}"
    );

    public static readonly DiagnosticDescriptor InvalidName = Error(
        "M3OE9203",
        "An attribute argument is not a spec name",
        "'{0}' is not usable as {1}: a name starts with an ASCII letter or '_' and goes on with ASCII letters, "
            + "digits and '_'; rename it"
    );

    public static readonly DiagnosticDescriptor InvalidText = Error(
        "M3OE9204",
        "An attribute argument cannot stand in one spec entry",
        "The text '{0}' of {1} cannot stand in one spec entry: it holds {2}; write it on one line, without "
            + "';', braces or comments, with its brackets closed"
    );

    public static readonly DiagnosticDescriptor AttributeConflict = Error(
        "M3OE9205",
        "A model attribute does not fit the class",
        "{0}"
    );

    /// <summary>The diagnostic <paramref name="descriptor"/> at <paramref name="at"/>.</summary>
    public static DiagnosticInfo At(DiagnosticDescriptor descriptor, SourceSpan at, params object[] arguments)
    {
        var message = string.Format(
            CultureInfo.InvariantCulture,
            descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture),
            arguments
        );
        return new DiagnosticInfo(
            descriptor.Id,
            descriptor.Title.ToString(CultureInfo.InvariantCulture),
            message,
            true,
            false,
            at.Path,
            at.Start,
            at.Length,
            at.StartLine,
            at.StartColumn,
            at.EndLine,
            at.EndColumn
        );
    }

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, GeneratorDiagnostics.Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}

using System;
using M3oE.Dsl.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace M3oE.Dsl.Generator.Diagnostics;

/// <summary>
/// Builds Roslyn diagnostics from pipeline data. Front-end and emitter diagnostics keep their own ids and
/// messages; M3OE9000 is the generator's own, for a failure inside it.
/// </summary>
internal static class GeneratorDiagnostics
{
    public const string Category = "M3oE.Dsl";

    public const string InternalErrorId = "M3OE9000";

    public static readonly DiagnosticDescriptor InternalError = new(
        InternalErrorId,
        "The M3oE.Dsl generator failed",
        "The generator failed on the spec '{0}': {1}. Check the spec with 'm3oec check', and report the failure "
            + "with the spec if the check passes.",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true
    );

    /// <summary>The M3OE9000 diagnostic for an exception thrown while working on a spec.</summary>
    public static DiagnosticInfo Failure(string path, Exception exception)
    {
        var message = string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            InternalError.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            path,
            exception.GetType().Name + ": " + exception.Message
        );
        return new DiagnosticInfo(
            InternalErrorId,
            InternalError.Title.ToString(),
            message,
            true,
            false,
            path,
            0,
            0,
            0,
            0,
            0,
            0
        );
    }

    /// <summary>The Roslyn diagnostic of <paramref name="info"/>, located in its spec file.</summary>
    public static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var severity =
            info.IsError ? DiagnosticSeverity.Error
            : info.IsInfo ? DiagnosticSeverity.Info
            : DiagnosticSeverity.Warning;
        var descriptor = new DiagnosticDescriptor(
            info.Id,
            info.Title,
            "{0}",
            Category,
            severity,
            isEnabledByDefault: true
        );
        var span = new LinePositionSpan(
            new LinePosition(info.StartLine, info.StartColumn),
            new LinePosition(info.EndLine, info.EndColumn)
        );
        var location = Location.Create(info.Path, new TextSpan(info.Start, info.Length), span);
        return Diagnostic.Create(descriptor, location, info.Message);
    }
}

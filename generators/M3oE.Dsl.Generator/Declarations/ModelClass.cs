using M3oE.Dsl.Generator.Pipeline;
using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Generator.Declarations;

/// <summary>
/// A class marked <c>[M3oEModel]</c>, read into data: its file, namespace and name, the marking attribute's
/// location and arguments, the other model attributes on it, and what makes the class unable to hold a model.
/// </summary>
/// <param name="FilePath">The path of the C# file that holds the marking attribute.</param>
/// <param name="Namespace">The namespace of the class.</param>
/// <param name="Name">The class name, which becomes the model's C# name.</param>
/// <param name="Location">The <c>[M3oEModel]</c> attribute.</param>
/// <param name="Spec">The spec path of a bound class; null for a model declared by attributes.</param>
/// <param name="ModelName">The model a bound class selects; null to take the spec's only model.</param>
/// <param name="Attributes">The model attributes of every part of the class, in the order written.</param>
/// <param name="Problems">Why the class cannot hold a generated model; empty when it can.</param>
internal sealed record ModelClass(
    string FilePath,
    string Namespace,
    string Name,
    SourceSpan Location,
    string? Spec,
    string? ModelName,
    EquatableArray<DeclaredAttribute> Attributes,
    EquatableArray<DiagnosticInfo> Problems
);

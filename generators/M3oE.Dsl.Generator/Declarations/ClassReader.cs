using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using M3oE.Dsl.Generator.Diagnostics;
using M3oE.Dsl.Language.Collections;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace M3oE.Dsl.Generator.Declarations;

/// <summary>
/// Reads a class marked <c>[M3oEModel]</c> into a <see cref="ModelClass"/>: plain data, with no symbol or
/// syntax left in it, so that the pipeline can compare it with the previous run.
/// </summary>
internal static class ClassReader
{
    private const string Suffix = "Attribute";

    /// <summary>
    /// The class at the context's target, or null when this is not the first <c>[M3oEModel]</c> of the class
    /// (a second one is a compiler error already, and the class is read once).
    /// </summary>
    public static ModelClass? Read(GeneratorAttributeSyntaxContext context, CancellationToken token)
    {
        var symbol = (INamedTypeSymbol)context.TargetSymbol;
        var marker = context.Attributes[0];
        var first = symbol
            .GetAttributes()
            .FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == AttributeSource.ModelAttribute);
        if (first is not null && !SameSyntax(first, marker))
        {
            return null;
        }

        var location = SourceSpan.From(marker.ApplicationSyntaxReference?.GetSyntax(token).GetLocation());
        var spec = marker.ConstructorArguments.Length > 0 ? marker.ConstructorArguments[0].Value as string : null;
        var modelName = marker
            .NamedArguments.Where(a => a.Key == "Model")
            .Select(a => a.Value.Value as string)
            .FirstOrDefault();
        var attributes = symbol
            .GetAttributes()
            .Where(IsModelAttribute)
            .Select(a => ReadAttribute(a, token))
            .ToEquatableArray();
        var problems = Problems(symbol, context.TargetNode, token)
            .Select(p => DeclarationDiagnostics.At(DeclarationDiagnostics.ClassNotUsable, location, symbol.Name, p))
            .ToEquatableArray();
        var ns = symbol.ContainingNamespace.IsGlobalNamespace
            ? string.Empty
            : symbol.ContainingNamespace.ToDisplayString();

        return new ModelClass(
            context.TargetNode.SyntaxTree.FilePath,
            ns,
            symbol.Name,
            location,
            spec,
            modelName,
            attributes,
            problems
        );
    }

    private static bool SameSyntax(AttributeData left, AttributeData right) =>
        left.ApplicationSyntaxReference is { } a
        && right.ApplicationSyntaxReference is { } b
        && a.SyntaxTree == b.SyntaxTree
        && a.Span == b.Span;

    private static bool IsModelAttribute(AttributeData attribute) =>
        attribute.AttributeClass is { } type
        && type.TypeKind != TypeKind.Error
        && attribute.AttributeConstructor is not null
        && type.ContainingNamespace?.ToDisplayString() == AttributeSource.Namespace
        && type.ToDisplayString() != AttributeSource.ModelAttribute
        && type.Name.EndsWith(Suffix, StringComparison.Ordinal);

    private static IEnumerable<string> Problems(INamedTypeSymbol symbol, SyntaxNode node, CancellationToken token)
    {
        if (node is not ClassDeclarationSyntax declaration)
        {
            yield return "it is not a class; the model is a class, declare it 'partial class " + symbol.Name + "'";
            yield break;
        }

        if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            yield return "it is not partial; declare it 'partial class " + symbol.Name + "'";
        }

        if (symbol.ContainingType is not null)
        {
            yield return "it is nested in '" + symbol.ContainingType.Name + "'; declare it directly in a namespace";
        }

        if (symbol.ContainingNamespace.IsGlobalNamespace)
        {
            yield return "it is in the global namespace; declare it in a namespace";
        }

        if (symbol.TypeParameters.Length > 0)
        {
            yield return "it is generic; the generated model has no type parameters";
        }

        if (symbol.IsStatic || symbol.IsAbstract)
        {
            yield return "it is static or abstract; the generated model is a sealed class with instances";
        }

        if (symbol.BaseType is { SpecialType: not SpecialType.System_Object } baseType)
        {
            yield return "it derives from '" + baseType.Name + "'; the generated part derives from torch.nn.Module";
        }

        if (SyntaxFacts.GetKeywordKind(symbol.Name) != SyntaxKind.None)
        {
            yield return "its name is a C# keyword; rename it";
        }

        // the generated part declares the class public: any other accessibility written by hand conflicts
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(token) is not MemberDeclarationSyntax part)
            {
                continue;
            }

            var written = part.Modifiers.FirstOrDefault(m =>
                m.IsKind(SyntaxKind.InternalKeyword)
                || m.IsKind(SyntaxKind.PrivateKeyword)
                || m.IsKind(SyntaxKind.ProtectedKeyword)
                || m.IsKind(SyntaxKind.FileKeyword)
            );
            if (written != default)
            {
                yield return "it is declared '"
                    + written.Text
                    + "', but a generated model is public; write 'public' "
                    + "or leave the accessibility out";
                yield break;
            }
        }
    }

    private static DeclaredAttribute ReadAttribute(AttributeData attribute, CancellationToken token)
    {
        var name = attribute.AttributeClass!.Name;
        name = name.Substring(0, name.Length - Suffix.Length);
        var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(token) as AttributeSyntax;
        var location = SourceSpan.From(syntax?.GetLocation());
        var positional = attribute.ConstructorArguments.Select(Value).ToEquatableArray();
        var named = attribute
            .NamedArguments.Select(a => new AttributeArgument(
                a.Key,
                Value(a.Value),
                NamedLocation(syntax, a.Key, location)
            ))
            .ToEquatableArray();
        return new DeclaredAttribute(name, location, positional, named);
    }

    private static SourceSpan NamedLocation(AttributeSyntax? syntax, string name, SourceSpan fallback)
    {
        var argument = syntax?.ArgumentList?.Arguments.FirstOrDefault(a =>
            a.NameEquals?.Name.Identifier.ValueText == name
        );
        return argument is null ? fallback : SourceSpan.From(argument.GetLocation());
    }

    private static ArgumentValue Value(TypedConstant constant)
    {
        if (constant.IsNull)
        {
            return new ArgumentValue(ArgumentKind.Null, string.Empty, default);
        }

        if (constant.Kind == TypedConstantKind.Array)
        {
            return new ArgumentValue(ArgumentKind.Array, string.Empty, Values(constant.Values));
        }

        return constant.Value switch
        {
            string text => new ArgumentValue(ArgumentKind.String, text, default),
            bool flag => new ArgumentValue(ArgumentKind.Boolean, flag ? "true" : "false", default),
            int or long or short or sbyte or byte or ushort or uint => Number(ArgumentKind.Integer, constant.Value),
            double number => Number(ArgumentKind.Real, number.ToString("R", CultureInfo.InvariantCulture)),
            float number => Number(ArgumentKind.Real, number.ToString("R", CultureInfo.InvariantCulture)),
            _ => new ArgumentValue(
                ArgumentKind.Other,
                Convert.ToString(constant.Value, CultureInfo.InvariantCulture) ?? "",
                default
            ),
        };
    }

    private static EquatableArray<ArgumentValue> Values(ImmutableArray<TypedConstant> values) =>
        values.Select(Value).ToEquatableArray();

    private static ArgumentValue Number(ArgumentKind kind, object? value) =>
        new(kind, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, default);
}

using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace M3oE.Dsl.Generator.Tests.Declarations;

public sealed class DeclaredModelOutputTests
{
    private const string SpecPrefix = "movielens.";
    private const string ClassPrefix = "class+Samples.";

    [Fact]
    public void AModelDeclaredWithAttributesGeneratesTheSameFilesAsItsSpec()
    {
        var fromSpec = Generated(
            new[] { new InMemoryAdditionalText(ModelClasses.MovieLensSpecPath, ModelClasses.MovieLensSpec()) },
            GeneratorHarness.CreateCompilation()
        );
        var fromClass = Generated(
            Array.Empty<AdditionalText>(),
            ModelClasses.Compilation((ModelClasses.MovieLensPath, ModelClasses.MovieLens))
        );

        // the same parts; the hint names differ only by their prefix
        var specParts = fromSpec.Keys.Where(k => k.StartsWith(SpecPrefix)).Select(k => k.Substring(SpecPrefix.Length));
        var classParts = fromClass
            .Keys.Where(k => k.StartsWith(ClassPrefix))
            .Select(k => k.Substring(ClassPrefix.Length));
        Assert.Equal(
            specParts.OrderBy(p => p, StringComparer.Ordinal),
            classParts.OrderBy(p => p, StringComparer.Ordinal)
        );
        Assert.Equal(8, classParts.Count());

        // the texts are the same byte for byte, except that the model's summary names the file it comes from
        foreach (var part in classParts)
        {
            var expected = fromSpec[SpecPrefix + part]
                .Replace(
                    "<c>MovieLensM3oE</c> of <c>movielens.m3oe</c>",
                    "<c>MovieLensM3oE</c> of <c>MovieLensModel.cs</c>",
                    StringComparison.Ordinal
                );
            Assert.Equal(expected, fromClass[ClassPrefix + part]);
        }

        var differing = fromSpec[SpecPrefix + "MovieLensM3oE.Model.g.cs"]
            .Split('\n')
            .Zip(fromClass[ClassPrefix + "MovieLensM3oE.Model.g.cs"].Split('\n'))
            .Count(pair => pair.First != pair.Second);
        Assert.Equal(1, differing);
    }

    [Fact]
    public void TheAttributeDeclaredModelCompilesIntoItsPartialClass()
    {
        var compilation = ModelClasses.Compilation((ModelClasses.MovieLensPath, ModelClasses.MovieLens));

        var (_, result, output) = GeneratorHarness.Run(Array.Empty<AdditionalText>(), compilation);

        Assert.Empty(GeneratorHarness.Problems(output, result));
        var model = output.GetTypeByMetadataName("Samples.MovieLensM3oE");
        Assert.NotNull(model);
        Assert.Equal("Module", model!.BaseType!.Name);
        Assert.Equal(2, model.DeclaringSyntaxReferences.Length);
    }

    [Fact]
    public void TheAttributesLeaveNoTraceInTheBuiltAssembly()
    {
        var compilation = ModelClasses.Compilation((ModelClasses.MovieLensPath, ModelClasses.MovieLens));

        var (_, _, output) = GeneratorHarness.Run(Array.Empty<AdditionalText>(), compilation);

        var model = output.GetTypeByMetadataName("Samples.MovieLensM3oE")!;
        var attributes = model.GetAttributes().Select(a => a.AttributeClass!.Name).ToList();
        Assert.Contains("SparseAttribute", attributes);
        var sparse = output.GetTypeByMetadataName("M3oE.Dsl.SparseAttribute")!;
        Assert.Equal(Accessibility.Internal, sparse.DeclaredAccessibility);
        Assert.Contains(sparse.GetAttributes(), a =>
            a.AttributeClass!.Name == "ConditionalAttribute"
            && (string?)a.ConstructorArguments[0].Value == "M3OE_DSL_ATTRIBUTES"
        );
        Assert.Contains(sparse.GetAttributes(), a => a.AttributeClass!.Name == "EmbeddedAttribute");
    }

    private static Dictionary<string, string> Generated(
        IEnumerable<AdditionalText> texts,
        CSharpCompilation compilation
    )
    {
        var (_, result, output) = GeneratorHarness.Run(texts, compilation);
        Assert.Empty(GeneratorHarness.Problems(output, result).Where(d => d.Severity == DiagnosticSeverity.Error));
        return result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
    }
}

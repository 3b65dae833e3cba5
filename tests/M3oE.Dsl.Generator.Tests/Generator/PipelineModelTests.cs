using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using M3oE.Dsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace M3oE.Dsl.Generator.Tests.Generator;

public sealed class PipelineModelTests
{
    [Fact]
    public void NoPipelineValueHoldsASymbolASyntaxNodeOrACompilation()
    {
        var classes = ModelClasses.Compilation((ModelClasses.MovieLensPath, ModelClasses.MovieLens));
        var (_, result, _) = GeneratorHarness.Run(SampleSpecs.Texts(), classes);
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);

        // the generator's own steps; the compiler's steps inside ForAttributeWithMetadataName hold syntax by design
        var own = typeof(M3oEGenerator.Steps)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            .ToHashSet();
        foreach (var (name, steps) in result.Results.Single().TrackedSteps.Where(s => own.Contains(s.Key)))
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                Walk(output.Value, name, visited);
            }
        }

        Assert.NotEmpty(visited);
    }

    private static void Walk(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is Enum || value is decimal)
        {
            return;
        }

        Assert.False(
            value is ISymbol or SyntaxNode or Compilation or SemanticModel or SyntaxTree,
            $"{path} holds a {value.GetType().Name}, which would keep a compilation alive."
        );
        if (!value.GetType().IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{index++}]", visited);
            }

            return;
        }

        var fields = value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        foreach (var field in fields)
        {
            Walk(field.GetValue(value), $"{path}.{field.Name}", visited);
        }
    }
}

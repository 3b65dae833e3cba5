namespace M3oE.Dsl.Benchmarks.Hosting;

/// <summary>Checks a spec, emits its C# and loads the generated types, as the host does for training.</summary>
public interface IModelGenerator
{
    /// <summary>The generated types of the single model of <paramref name="specPath"/>.</summary>
    /// <param name="specPath">The spec file.</param>
    /// <param name="text">The spec's text.</param>
    /// <exception cref="BenchInputException">The spec has errors or declares no single model.</exception>
    IGeneratedModel Generate(string specPath, string text);
}

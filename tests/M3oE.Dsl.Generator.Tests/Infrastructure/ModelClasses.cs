using System.IO;
using M3oE.Dsl.Language.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace M3oE.Dsl.Generator.Tests.Infrastructure;

/// <summary>C# files with model classes, and the spec they are compared with.</summary>
internal static class ModelClasses
{
    /// <summary>The C# file that declares the M3oE model of the paper with attributes.</summary>
    public const string MovieLensPath = SampleSpecs.ProjectDirectory + "MovieLensModel.cs";

    /// <summary>Where the tests put the paper's spec, <c>samples/movielens/m3oe.m3oe</c>.</summary>
    public const string MovieLensSpecPath = SampleSpecs.ProjectDirectory + "movielens.m3oe";

    /// <summary><c>samples/movielens/m3oe.m3oe</c>, declared with attributes instead.</summary>
    public const string MovieLens = """
        using M3oE.Dsl;

        namespace Samples;

        [M3oEModel]
        [Sparse("user_id", "movie_id", "gender", "occupation", "zip", "genre", Dim = 16)]
        [Dense("age", Normalize = "minmax")]
        [Column("rating", Type = "float")]
        [Data(Group = "user_id")]
        [Domains("age")]
        [Domain("young", "age < 25")]
        [Domain("adult", "age < 35")]
        [Domain("senior", "otherwise")]
        [Task("click", "rating > 3")]
        [Task("like", "rating > 4")]
        [Representation("star", "512 -> 256 layernorm relu", Skip = true)]
        [Experts(Shared = 1, Domain = 1, Task = 1, Network = "64 layernorm relu")]
        [Gates("per (domain, task)", On = "representation", Detached = true)]
        [Fusion(1, "domain", "learned", Init = 1)]
        [Fusion(1, "task", "learned", Init = 1)]
        [Fusion(2, "domain", "learned", Init = 1)]
        [Fusion(2, "task", "learned", Init = 1)]
        [Towers("per (domain, task)", "64 layernorm relu")]
        [Loss("bce sum over (domain, task)")]
        [Train(
            Optimizer = "adam",
            LearningRate = 1e-2,
            WeightDecay = 1e-5,
            Batch = 40960,
            Epochs = 50,
            EarlyStop = "mean_auc",
            Patience = 10,
            Mode = "max",
            Seed = 2022,
            Split = "random 0.8 0.1 0.1"
        )]
        [Search(Arch = "adam", LearningRate = 1e-3, WeightDecay = 1e-5, Step = "every epoch", On = "validation",
            FirstOrder = true)]
        public partial class MovieLensM3oE
        {
        }
        """;

    /// <summary>The text of <c>samples/movielens/m3oe.m3oe</c>.</summary>
    public static string MovieLensSpec() =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "movielens", "m3oe.m3oe"));

    /// <summary>A C# syntax tree with a path, as a project's source file has.</summary>
    public static SyntaxTree Tree(string path, string text) =>
        CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path);

    /// <summary>A compilation of C# files given as (path, text) pairs.</summary>
    public static CSharpCompilation Compilation(params (string Path, string Text)[] files)
    {
        var compilation = GeneratorHarness.CreateCompilation();
        foreach (var (path, text) in files)
        {
            compilation = compilation.AddSyntaxTrees(Tree(path, text));
        }

        return compilation;
    }
}

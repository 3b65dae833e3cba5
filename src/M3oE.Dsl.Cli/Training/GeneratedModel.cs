using System;
using System.Reflection;
using M3oE.Dsl.Data;
using M3oE.Dsl.Data.FeatureMaps;
using M3oE.Dsl.Data.Schema;
using M3oE.Dsl.Runtime.Training;
using TorchSharp;

namespace M3oE.Dsl.Cli.Training;

/// <summary>
/// The generated <c>XData</c> and <c>XFactory</c> of one model, loaded from an in-memory compilation and
/// called through reflection. Exceptions thrown inside them reach the caller unwrapped.
/// </summary>
internal sealed class GeneratedModel
{
    private const BindingFlags Flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.DoNotWrapExceptions;

    private readonly Type _model;
    private readonly Type _data;
    private readonly Type _factory;

    public GeneratedModel(Assembly assembly, string @namespace, string modelName)
    {
        _model = Find(assembly, $"{@namespace}.{modelName}");
        _data = Find(assembly, $"{@namespace}.{modelName}Data");
        _factory = Find(assembly, $"{@namespace}.{modelName}Factory");
    }

    public DataSchema Schema =>
        (DataSchema)(
            _data.GetProperty("Schema", BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException($"the generated type '{_data.Name}' has no schema.")
        );

    public DataSet FromCsv(string path, DataOptions? options = null) => (DataSet)Call(_data, "FromCsv", path, options);

    public DataSet FromParquet(string path, DataOptions? options = null) =>
        (DataSet)Call(_data, "FromParquet", path, options);

    public DataOptions CreateDataOptions() => (DataOptions)Call(_factory, "CreateDataOptions");

    public torch.nn.Module CreateModel(FeatureMap map) => (torch.nn.Module)Call(_factory, "CreateModel", map);

    /// <summary>The generated model built with the vocabulary size of each categorical feature.</summary>
    public torch.nn.Module CreateModel(Func<string, long> cardinality)
    {
        var create = _model.GetMethod("Create", Flags, new[] { typeof(Func<string, long>) })
            ?? throw new InvalidOperationException($"the generated type '{_model.Name}' has no method 'Create'.");
        return (torch.nn.Module)(
            create.Invoke(null, Flags, null, new object?[] { cardinality }, null)
            ?? throw new InvalidOperationException($"'{_model.Name}.Create' returned null.")
        );
    }

    /// <summary>The runtime model inside a generated module (its <c>Network</c> property).</summary>
    public static Runtime.Models.MultiDomainModel Network(torch.nn.Module module) =>
        module.GetType().GetProperty("Network", BindingFlags.Public | BindingFlags.Instance)?.GetValue(module)
            as Runtime.Models.MultiDomainModel
        ?? throw new InvalidOperationException($"the generated model '{module.GetType().Name}' has no network.");

    public TrainerOptions CreateTrainerOptions() => (TrainerOptions)Call(_factory, "CreateTrainerOptions");

    public Trainer CreateTrainer(torch.nn.Module model, TrainerOptions options) =>
        (Trainer)Call(_factory, "CreateTrainer", model, options);

    private static Type Find(Assembly assembly, string name) =>
        assembly.GetType(name) ?? throw new InvalidOperationException($"the generated code has no type '{name}'.");

    private static object Call(Type type, string name, params object?[] arguments)
    {
        var method = type.GetMethod(name, Flags)
            ?? throw new InvalidOperationException($"the generated type '{type.Name}' has no method '{name}'.");
        return method.Invoke(null, Flags, null, arguments, null)
            ?? throw new InvalidOperationException($"'{type.Name}.{name}' returned null.");
    }
}

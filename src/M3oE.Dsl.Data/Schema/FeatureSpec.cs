namespace M3oE.Dsl.Data.Schema;

/// <summary>
/// One model input read from one column of the data. The feature name is what the model and the feature map
/// call it; the column is where its value comes from, so two features may read the same column.
/// </summary>
/// <param name="Name">The feature name, unique within a schema.</param>
/// <param name="Column">The column the feature reads.</param>
public abstract record FeatureSpec(string Name, string Column)
{
    /// <summary>A canonical text of everything that changes how this feature is encoded.</summary>
    public abstract string Describe();
}

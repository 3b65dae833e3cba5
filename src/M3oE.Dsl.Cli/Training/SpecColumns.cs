using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Language.Model;

namespace M3oE.Dsl.Cli.Training;

/// <summary>The file columns a model reads, as its generated schema names them.</summary>
internal static class SpecColumns
{
    public static IReadOnlyList<string> Read(ModelSpec model)
    {
        var byName = model.Data.Columns.ToDictionary(c => c.Name, c => c.FileColumn);
        var columns = new List<string>();
        foreach (var column in model.Data.Columns)
        {
            var file = column.Source is { } source ? byName.GetValueOrDefault(source, source) : column.FileColumn;
            if (!columns.Contains(file))
            {
                columns.Add(file);
            }
        }

        if (model.Data.GroupColumn is { } group && !columns.Contains(byName.GetValueOrDefault(group, group)))
        {
            columns.Add(byName.GetValueOrDefault(group, group));
        }

        return columns;
    }
}

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using M3oE.Dsl.Data.Adapters;
using M3oE.Dsl.Data.Rows;
using Parquet;
using Parquet.Schema;

namespace M3oE.Dsl.Data.Synthetic;

public sealed partial class SyntheticGenerator
{
    /// <summary>The rows as in-memory columns.</summary>
    public ColumnTable ToTable(int rows)
    {
        var tasks = Settings.Tasks.Count;
        var users = new long[rows];
        var items = new long[rows];
        var segments = new long[rows];
        var activity = new double[rows];
        var categories = new long[rows];
        var prices = new double[rows];
        var domains = new long[rows];
        var labels = Enumerable.Range(0, tasks).Select(_ => new long[rows]).ToArray();
        foreach (var row in Rows(rows))
        {
            var i = (int)row.Index;
            users[i] = row.User;
            items[i] = row.Item;
            segments[i] = row.UserSegment;
            activity[i] = row.UserActivity;
            categories[i] = row.ItemCategory;
            prices[i] = row.ItemPrice;
            domains[i] = row.Domain;
            for (var t = 0; t < tasks; t++)
            {
                labels[t][i] = row.Labels[t];
            }
        }

        var table = new ColumnTable("synthetic")
            .Add("user_id", users)
            .Add("item_id", items)
            .Add("user_segment", segments)
            .Add("user_activity", activity)
            .Add("item_category", categories)
            .Add("item_price", prices)
            .Add("domain", domains);
        for (var t = 0; t < tasks; t++)
        {
            table.Add(Settings.Tasks[t], labels[t]);
        }

        return table;
    }

    /// <summary>The schema and <paramref name="rows"/> rows in memory, ready for
    /// <see cref="AdaptedData.ToDataSet"/>.</summary>
    public AdaptedData InMemory(int rows) => new(Schema, ToTable(rows));

    /// <summary>Writes <paramref name="rows"/> rows as comma-separated text with a header, streaming.</summary>
    public void WriteCsv(string path, long rows)
    {
        var culture = CultureInfo.InvariantCulture;
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false), 1 << 16);
        writer.Write(string.Join(",", Columns));
        writer.Write('\n');
        Span<char> number = stackalloc char[32];
        foreach (var row in Rows(rows))
        {
            writer.Write(row.User);
            writer.Write(',');
            writer.Write(row.Item);
            writer.Write(',');
            writer.Write(row.UserSegment);
            writer.Write(',');
            row.UserActivity.TryFormat(number, out var written, "G9", culture);
            writer.Write(number[..written]);
            writer.Write(',');
            writer.Write(row.ItemCategory);
            writer.Write(',');
            row.ItemPrice.TryFormat(number, out written, "G9", culture);
            writer.Write(number[..written]);
            writer.Write(',');
            writer.Write(row.Domain);
            foreach (var label in row.Labels)
            {
                writer.Write(',');
                writer.Write(label);
            }

            writer.Write('\n');
        }
    }

    /// <summary>Writes <paramref name="rows"/> rows as Parquet, one row group of at most
    /// <paramref name="rowGroupSize"/> rows at a time, so memory holds one row group.</summary>
    public void WriteParquet(string path, long rows, int rowGroupSize = 65_536) =>
        Task.Run(() => WriteParquetAsync(path, rows, rowGroupSize)).GetAwaiter().GetResult();

    private async Task WriteParquetAsync(string path, long rows, int rowGroupSize)
    {
        var tasks = Settings.Tasks.Count;
        var fields = Columns
            .Select(c =>
                c is "user_activity" or "item_price" ? (DataField)new DataField<double>(c) : new DataField<long>(c)
            )
            .ToArray();
        var schema = new ParquetSchema(fields);
        var longs = Enumerable.Range(0, 5 + tasks).Select(_ => new long[rowGroupSize]).ToArray();
        var doubles = new[] { new double[rowGroupSize], new double[rowGroupSize] };

        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        var filled = 0;
        foreach (var row in Rows(rows))
        {
            longs[0][filled] = row.User;
            longs[1][filled] = row.Item;
            longs[2][filled] = row.UserSegment;
            doubles[0][filled] = row.UserActivity;
            longs[3][filled] = row.ItemCategory;
            doubles[1][filled] = row.ItemPrice;
            longs[4][filled] = row.Domain;
            for (var t = 0; t < tasks; t++)
            {
                longs[5 + t][filled] = row.Labels[t];
            }

            if (++filled == rowGroupSize)
            {
                await WriteGroupAsync(writer, fields, longs, doubles, filled);
                filled = 0;
            }
        }

        if (filled > 0)
        {
            await WriteGroupAsync(writer, fields, longs, doubles, filled);
        }
    }

    private static async Task WriteGroupAsync(
        ParquetWriter writer,
        DataField[] fields,
        long[][] longs,
        double[][] doubles,
        int count
    )
    {
        using var group = writer.CreateRowGroup();
        int nextLong = 0,
            nextDouble = 0;
        foreach (var field in fields)
        {
            if (field.ClrType == typeof(double))
            {
                await group.WriteAsync<double>(field, doubles[nextDouble++].AsMemory(0, count));
            }
            else
            {
                await group.WriteAsync<long>(field, longs[nextLong++].AsMemory(0, count));
            }
        }
    }
}

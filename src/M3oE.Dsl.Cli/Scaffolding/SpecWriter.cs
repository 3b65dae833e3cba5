using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace M3oE.Dsl.Cli.Scaffolding;

/// <summary>Writes the text of a new spec, in the canonical layout <c>m3oec fmt</c> keeps.</summary>
internal static class SpecWriter
{
    /// <summary>A commented template of a complete model over made-up columns.</summary>
    public static string Template(string model)
    {
        var text = new StringBuilder();
        text.AppendLine("// A multi-domain, multi-task model in the M3oE language (see docs/language.md). Replace the");
        text.AppendLine("// columns with those of your data file, check it with `m3oec check` and train it with");
        text.AppendLine("// `m3oec train SPEC --data FILE`.");
        text.AppendLine();
        text.AppendLine($"model {model} {{");
        text.AppendLine("  data {");
        text.AppendLine("    // the width of every embedding that gives no `dim` of its own");
        text.AppendLine("    embedding dim 16");
        text.AppendLine("    // categorical columns: each value gets an embedding learned from the data");
        text.AppendLine("    sparse user_id, item_id, item_category");
        text.AppendLine("    // numeric columns, standardised with the mean and deviation of the training rows");
        text.AppendLine("    dense item_price normalize standard");
        text.AppendLine("    // raw columns: read by the domain and task rules only, never fed to the model");
        text.AppendLine("    column country string");
        text.AppendLine("    column clicked, purchased int");
        text.AppendLine("  }");
        text.AppendLine();
        text.AppendLine("  // the domains: a row belongs to the first domain whose rule it matches");
        text.AppendLine("  domains by country {");
        text.AppendLine("    north: \"SE\", \"NO\", \"DK\", \"FI\"");
        text.AppendLine("    south: \"ES\", \"IT\", \"PT\"");
        text.AppendLine("    rest: otherwise");
        text.AppendLine("  }");
        text.AppendLine();
        text.AppendLine("  // the tasks: binary labels read from 0/1 columns, or conditions over columns");
        text.AppendLine("  tasks {");
        text.AppendLine("    click: label clicked");
        text.AppendLine("    purchase: label purchased");
        text.AppendLine("  }");
        text.AppendLine();
        Network(text, domains: true);
        return text.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>A model over the guessed columns of <paramref name="sample"/>.</summary>
    public static string FromColumns(string model, string file, CsvSample sample, IReadOnlyList<ColumnGuess> columns)
    {
        var text = new StringBuilder();
        text.AppendLine($"// Guessed by `m3oec new` from the header and {sample.Rows.Count} rows of {file}");
        text.AppendLine(
            $"// (separator {sample.SeparatorName}). Each column's comment says why it got its kind; check the"
        );
        text.AppendLine("// guesses, then run `m3oec check` and `m3oec train SPEC --data FILE`.");
        if (sample.Separator != ',')
        {
            text.AppendLine("// The data readers read comma-separated files: convert the file before training.");
        }

        text.AppendLine();
        text.AppendLine($"model {model} {{");
        text.AppendLine("  data {");
        text.AppendLine("    embedding dim 16");
        foreach (var column in columns)
        {
            text.AppendLine($"    // {column.Header}: {column.Reason}");
            var header = column.Header == column.Name ? string.Empty : " header " + SpecNames.Quote(column.Header);
            var entry = column.Kind switch
            {
                ColumnKind.Label => $"column {column.Name} int{header}",
                ColumnKind.Sparse => $"sparse {column.Name}{header}",
                ColumnKind.Dense => $"dense {column.Name}{header} normalize standard",
                ColumnKind.Domain => $"column {column.Name} string{header}",
                _ => null,
            };
            if (entry is not null)
            {
                text.AppendLine("    " + entry);
            }
        }

        text.AppendLine("  }");
        text.AppendLine();
        var domain = columns.FirstOrDefault(c => c.Kind == ColumnKind.Domain);
        if (domain is not null)
        {
            text.AppendLine("  // one domain per value; a row with another value is a bad row");
            text.AppendLine($"  domains by {domain.Name} {{");
            var names = new HashSet<string>();
            foreach (var value in domain.Values)
            {
                text.AppendLine($"    {SpecNames.Make(value, "d", names)}: {SpecNames.Quote(value)}");
            }

            text.AppendLine("  }");
            text.AppendLine();
        }

        text.AppendLine("  tasks {");
        foreach (var label in columns.Where(c => c.Kind == ColumnKind.Label))
        {
            text.AppendLine($"    {label.Name}: label {label.Name}");
        }

        text.AppendLine("  }");
        text.AppendLine();
        Network(text, domain is not null);
        return text.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>The model's network and training settings, the same for every new spec.</summary>
    private static void Network(StringBuilder text, bool domains)
    {
        if (domains)
        {
            text.AppendLine("  // the domain representation (STAR) over the embeddings and dense values");
            text.AppendLine("  representation star 64 -> 32 layernorm relu");
        }

        text.AppendLine("  // shared, per-domain and per-task experts");
        text.AppendLine("  experts {");
        text.AppendLine("    shared count 2");
        if (domains)
        {
            text.AppendLine("    domain count 1 each");
        }

        text.AppendLine("    task count 1 each");
        text.AppendLine("    network 32 relu");
        text.AppendLine("  }");
        text.AppendLine();
        text.AppendLine("  // one gate and one tower per (domain, task) cell");
        text.AppendLine("  gates per (domain, task)" + (domains ? " on representation" : string.Empty));
        text.AppendLine("  // how the pools' outputs join: weights learned by the structure search");
        text.AppendLine("  fusion {");
        if (domains)
        {
            text.AppendLine("    level 1 domain learned");
        }

        text.AppendLine("    level 1 task learned");
        if (domains)
        {
            text.AppendLine("    level 2 domain learned");
        }

        text.AppendLine("    level 2 task learned");
        text.AppendLine("  }");
        text.AppendLine();
        text.AppendLine("  towers per (domain, task) 16 relu");
        text.AppendLine();
        text.AppendLine("  train {");
        text.AppendLine("    optimizer adam lr 1e-3");
        text.AppendLine("    batch 1024");
        text.AppendLine("    epochs 10");
        text.AppendLine("    early_stop mean_auc patience 3");
        text.AppendLine("    seed 42");
        text.AppendLine("    split random 0.8 0.1 0.1");
        text.AppendLine("  }");
        text.AppendLine();
        text.AppendLine("  // the bilevel structure search: fusion weights step on validation batches once per epoch");
        text.AppendLine("  search {");
        text.AppendLine("    step every epoch");
        text.AppendLine("    on validation");
        text.AppendLine("  }");
        text.AppendLine("}");
    }
}

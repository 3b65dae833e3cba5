using System.Linq;
using System.Text;

namespace M3oE.Dsl.Benchmarks.Generation;

/// <summary>The text of a large M3oE spec: many domains, tasks and features, every section present.</summary>
public static class LargeSpec
{
    /// <summary>A spec with <paramref name="domains"/> domains, <paramref name="tasks"/> tasks and
    /// <paramref name="features"/> features (three quarters sparse, the rest dense).</summary>
    public static string Text(int domains, int tasks, int features)
    {
        var dense = features / 4;
        var sparse = features - dense;
        var text = new StringBuilder();
        text.Append("model LargeM3oE {\n  data {\n");
        text.Append("    sparse ").Append(Names("f", sparse)).Append(" dim 16\n");
        if (dense > 0)
        {
            text.Append("    dense ").Append(Names("g", dense)).Append(" normalize minmax\n");
        }

        text.Append("    column region, ").Append(Names("t", tasks)).Append(" int\n  }\n\n");
        text.Append("  domains by region {\n");
        for (var d = 0; d < domains - 1; d++)
        {
            text.Append($"    d{d}: region == {d}\n");
        }

        text.Append($"    d{domains - 1}: otherwise\n  }}\n\n  tasks {{\n");
        for (var t = 0; t < tasks; t++)
        {
            text.Append($"    t{t}: label t{t}\n");
        }

        text.Append(
            """
              }

              representation star 512 -> 256 layernorm relu skip
              experts {
                shared count 4
                domain count 1 each
                task count 1 each
                network 64 layernorm relu
              }

              gates per (domain, task) on representation detached
              fusion {
                level 1 domain learned init 1
                level 1 task learned init 1
                level 2 domain learned init 1
                level 2 task learned init 1
              }

              towers per (domain, task) 64 layernorm relu
              loss bce sum over (domain, task)

              train {
                optimizer adam lr 1e-3 weight_decay 1e-5
                batch 4096
                epochs 10
                seed 1
                split random 0.8 0.1 0.1
              }

              search {
                arch adam lr 1e-3 weight_decay 1e-5
                step every epoch
                on validation
                first_order
              }
            }

            """
        );
        return text.ToString();
    }

    private static string Names(string prefix, int count) =>
        string.Join(", ", Enumerable.Range(0, count).Select(i => prefix + i));
}

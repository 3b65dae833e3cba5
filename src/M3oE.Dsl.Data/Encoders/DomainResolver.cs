using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.Encoders;

/// <summary>Finds a row's domain index; -1 when the row is in no domain.</summary>
internal abstract class DomainResolver
{
    public abstract int Resolve(IRowView row);

    /// <summary>A text of what was looked at, for the message of an unknown domain.</summary>
    public abstract string Describe(IRowView row);

    public static DomainResolver Create(DataSchema schema) =>
        schema.Domain switch
        {
            ColumnDomainSpec column => new ByColumn(column, schema.Slot(column.Column)),
            PredicateDomainSpec predicate => new ByPredicate(
                predicate,
                predicate.ReadColumns.Select(schema.Slot).ToArray()
            ),
            _ => new Single(),
        };

    private sealed class Single : DomainResolver
    {
        public override int Resolve(IRowView row) => 0;

        public override string Describe(IRowView row) => string.Empty;
    }

    private sealed class ByColumn : DomainResolver
    {
        private readonly int _slot;
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public ByColumn(ColumnDomainSpec spec, int slot)
        {
            _slot = slot;
            var values = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var d = 0; d < spec.Domains.Count; d++)
            {
                foreach (var value in spec.Domains[d].Values)
                {
                    values[value] = d;
                }
            }

            _lookup = values.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public override int Resolve(IRowView row) =>
            _lookup.TryGetValue(row.Text(_slot).Trim(), out var domain) ? domain : -1;

        public override string Describe(IRowView row) => $"the value '{row.Text(_slot)}' is in no domain's list";
    }

    private sealed class ByPredicate : DomainResolver
    {
        private readonly DomainPredicate[] _domains;
        private readonly ProjectedRowView _view;

        public ByPredicate(PredicateDomainSpec spec, int[] slots)
        {
            _domains = [.. spec.Domains];
            _view = new ProjectedRowView(slots);
        }

        public override int Resolve(IRowView row)
        {
            _view.Inner = row;
            for (var d = 0; d < _domains.Length; d++)
            {
                if (_domains[d].Matches(_view))
                {
                    return d;
                }
            }

            return -1;
        }

        public override string Describe(IRowView row)
        {
            _view.Inner = row;
            var cells = Enumerable.Range(0, _view.Width).Select(i => $"'{_view.Text(i)}'");
            return $"no domain's condition holds for {string.Join(", ", cells)}";
        }
    }
}

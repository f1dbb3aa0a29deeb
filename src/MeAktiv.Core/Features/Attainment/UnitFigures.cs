using System.Collections.Concurrent;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>
/// The figures of one unit or subtree grouped by indicator code (case-insensitive), each group in load order, as the
/// engine's <see cref="RawFigure"/>s: built once per load and shared, not per calculation.
/// </summary>
internal sealed class UnitFigures
{
    private readonly Dictionary<string, List<RawFigure>> _byIndicator = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<SeriesKey, ComponentSeries> _series = new();

    /// <summary>No figures (a unit the loaded tree does not know).</summary>
    public static UnitFigures None { get; } = new();

    public IReadOnlyDictionary<string, List<RawFigure>> ByIndicator => _byIndicator;

    public bool HasDemo { get; private set; }

    public void Add(FigureRow row)
    {
        GroupOf(row.Indicator).Add(new RawFigure(row.UnitId, row.Component, row.Year, row.Month, row.Value));
        HasDemo |= row.IsDemo;
    }

    /// <summary>
    /// The engine's sums of one indicator's figures, built on first use and kept: the figures do not change once
    /// loaded (a cached subtree is shared by every dashboard until a save raises the stamp, then it is dropped whole).
    /// Kept per indicator code and the parts of its definition the sums depend on (formula, numerator, denominator).
    /// </summary>
    public ComponentSeries SeriesOf(string indicatorCode, IndicatorDefinition definition) =>
        _series.GetOrAdd(
            new SeriesKey(indicatorCode.ToUpperInvariant(), definition.Formula, definition.NumeratorComponent, definition.DenominatorComponent),
            _ => ComponentAggregator.Aggregate(definition, _byIndicator.TryGetValue(indicatorCode, out var rows) ? rows : []));

    /// <summary>Appends all figures of <paramref name="other"/> (a unit below), keeping their order.</summary>
    public void AddRange(UnitFigures other)
    {
        foreach (var (indicator, rows) in other._byIndicator)
        {
            GroupOf(indicator).AddRange(rows);
        }

        HasDemo |= other.HasDemo;
    }

    private readonly record struct SeriesKey(string Indicator, FormulaKind Formula, string? Numerator, string? Denominator);

    private List<RawFigure> GroupOf(string indicator)
    {
        if (!_byIndicator.TryGetValue(indicator, out var group))
        {
            _byIndicator[indicator] = group = [];
        }

        return group;
    }
}

/// <summary>The figures of a loaded window grouped per unit, then per unit subtree (the unit and all below it).</summary>
internal sealed class SubtreeFigures
{
    private SubtreeFigures(Dictionary<int, UnitFigures> byUnit) => ByUnit = byUnit;

    /// <summary>Per unit id: the figures of its subtree, each group in the order of <see cref="UnitTree.SubtreeOf"/>.</summary>
    public IReadOnlyDictionary<int, UnitFigures> ByUnit { get; }

    /// <summary>Groups <paramref name="rows"/> per subtree; each figure is held by the unit
    /// <paramref name="adjustment"/> gives it to (its parts, structure-adjusted), or by its own unit.</summary>
    public static SubtreeFigures Build(IReadOnlyList<FigureRow> rows, UnitTree tree, StructureAdjustment adjustment)
    {
        // Each figure is grouped (by holding unit, then indicator) and turned into the engine's RawFigure once; a unit's
        // subtree then only appends its units' groups.
        var own = new Dictionary<int, UnitFigures>();
        foreach (var (holder, row) in adjustment.Distribute(rows))
        {
            if (!own.TryGetValue(holder, out var figuresOfUnit))
            {
                own[holder] = figuresOfUnit = new UnitFigures();
            }

            figuresOfUnit.Add(row);
        }

        var subtrees = new Dictionary<int, UnitFigures>();
        foreach (var unit in tree.Ids)
        {
            var subtree = new UnitFigures();
            foreach (var id in tree.SubtreeOf(unit))
            {
                if (own.TryGetValue(id, out var figuresOfUnit))
                {
                    subtree.AddRange(figuresOfUnit);
                }
            }

            subtrees[unit] = subtree;
        }

        return new SubtreeFigures(subtrees);
    }
}

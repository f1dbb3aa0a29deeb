using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>
/// The loaded organisation, indicators, targets, Datenstand and figures of one year, held in memory: every number
/// the dashboards show is computed here by the Kennzahlen engine (<see cref="AttainmentCalculator"/>,
/// <see cref="SeriesCalculator"/>) over the summed components of a unit's subtree (ratio of sums); only figures of
/// submitted or closed months count (<see cref="FigureWindow.Rows"/>). The figures are
/// grouped per unit subtree once per loaded <see cref="FigureWindow"/> and organisation tree, with the summed series
/// kept there (<see cref="SubtreeFigures"/>, shared with the attainment queries): a dashboard load reuses them until a
/// save raises the figures' stamp.
/// </summary>
public sealed class DashboardData
{
    private readonly Dictionary<int, DashboardUnit> _byId;
    private readonly ILookup<int?, DashboardUnit> _children;
    private readonly UnitTree _tree;
    private readonly FigureWindow _window;
    private readonly IReadOnlyDictionary<int, UnitFigures> _subtrees;
    private readonly Dictionary<(int Unit, int Indicator), LoadedTarget> _targets;

    public DashboardData(int year, IReadOnlyList<DashboardUnit> units, IReadOnlyList<Indicator> indicators,
        IReadOnlyList<LoadedTarget> targets, Datenstand datenstand, FigureWindow window)
    {
        Year = year;
        Units = units;
        Indicators = indicators;
        Datenstand = datenstand;
        _byId = units.ToDictionary(u => u.Id);
        _children = units.ToLookup(u => u.ParentId);
        _tree = new UnitTree(units.Select(u => new UnitNode(u.Id, u.ParentId, u.Kind)));
        _targets = targets.ToDictionary(t => (t.UnitId, t.IndicatorId));
        _window = window;
        _subtrees = window.Derived(_tree.Signature, rows => SubtreeFigures.Build(rows, _tree)).ByUnit;
    }

    public int Year { get; }

    public IReadOnlyList<DashboardUnit> Units { get; }

    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Who owes figures and who has submitted (docs/kennzahlen.md, "Datenstand").</summary>
    public Datenstand Datenstand { get; }

    public DashboardUnit? Find(string code) =>
        Units.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase));

    public DashboardUnit? Root => _children[null].OrderBy(u => u.Code, StringComparer.Ordinal).FirstOrDefault();

    public Indicator? FindIndicator(string code) =>
        Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));

    public DashboardUnit? ParentOf(DashboardUnit unit) => unit.ParentId is { } p ? _byId.GetValueOrDefault(p) : null;

    public IEnumerable<DashboardUnit> ChildrenOf(DashboardUnit unit) => _children[unit.Id].OrderBy(u => u.Code, StringComparer.Ordinal);

    /// <summary>The unit's ancestors, the root first.</summary>
    public IReadOnlyList<DashboardUnit> AncestorsOf(DashboardUnit unit) =>
        _tree.AncestorsOf(unit.Id).Select(id => _byId[id]).Reverse().ToList();

    /// <summary>The unit itself and every unit below it.</summary>
    public IEnumerable<DashboardUnit> SubtreeOf(DashboardUnit unit) => _tree.SubtreeOf(unit.Id).Select(id => _byId[id]);

    public bool HasDemoFigures(DashboardUnit unit) => FiguresOf(unit).HasDemo;

    /// <summary>The indicator's components summed over the unit's subtree (kept with the loaded figures).</summary>
    public ComponentSeries Series(Indicator indicator, DashboardUnit unit) =>
        FiguresOf(unit).SeriesOf(indicator.Code, IndicatorDefinition.FromEntity(indicator));

    /// <summary>The versions of the unit's own target of the year, oldest first (empty: none).</summary>
    public IReadOnlyList<TargetVersionInfo> TargetVersions(Indicator indicator, DashboardUnit unit) =>
        _targets.TryGetValue((unit.Id, indicator.Id), out var t) ? t.Versions.OrderBy(v => v.Number).ToList() : [];

    public TargetVersionInfo? OwnTarget(Indicator indicator, DashboardUnit unit) =>
        TargetVersions(indicator, unit).LastOrDefault();

    /// <summary>The nearest unit at or above <paramref name="unit"/> that has its own target, with that target.</summary>
    public (DashboardUnit Unit, TargetVersionInfo Target)? TargetHolder(Indicator indicator, DashboardUnit unit)
    {
        for (DashboardUnit? u = unit; u is not null; u = ParentOf(u))
        {
            if (OwnTarget(indicator, u) is { } target)
            {
                return (u, target);
            }
        }

        return null;
    }

    /// <summary>Whether any unit of the subtree has a figure of the indicator in the year.</summary>
    public bool HasFigures(Indicator indicator, DashboardUnit unit) => LatestMonthWithFigures(indicator, unit) is not null;

    /// <summary>The latest month of the year with any figure of the indicator in the unit's subtree.</summary>
    public YearMonth? LatestMonthWithFigures(Indicator indicator, DashboardUnit unit)
    {
        if (!FiguresOf(unit).ByIndicator.TryGetValue(indicator.Code, out var rows))
        {
            return null;
        }

        int? month = null;
        foreach (var row in rows)
        {
            if (row.Year == Year && (month is null || row.Month > month))
            {
                month = row.Month;
            }
        }

        return month is { } m ? new YearMonth(Year, m) : null;
    }

    /// <summary>The latest month of the year with any figure at all, drafts included (null: none yet).</summary>
    public int? LatestMonthWithAnyFigure() => _window.LatestMonth(Year);

    private UnitFigures FiguresOf(DashboardUnit unit) => _subtrees.GetValueOrDefault(unit.Id) ?? UnitFigures.None;
}

using System.Runtime.CompilerServices;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>
/// The dashboards' view of one year of the loaded <see cref="OrganisationData"/> (THE one load, shared with every other
/// view): every number the dashboards show is computed by the Kennzahlen engine (<see cref="AttainmentCalculator"/>,
/// <see cref="SeriesCalculator"/>) over the summed components of a unit's subtree (ratio of sums); only figures of
/// submitted or closed months count (<see cref="FigureWindow.Rows"/>). The figures are
/// grouped per unit subtree once per loaded <see cref="FigureWindow"/> and organisation tree, with the summed series
/// kept there (<see cref="SubtreeFigures"/>, shared with the attainment queries): a dashboard load reuses them until a
/// save raises the figures' stamp.
/// </summary>
public sealed class DashboardData
{
    private readonly OrganisationData _org;
    private readonly Dictionary<int, DashboardUnit> _byId;
    private readonly ILookup<int?, DashboardUnit> _children;

    public DashboardData(int year, OrganisationData org)
    {
        Year = year;
        _org = org;
        Units = org.Units.Select(u => new DashboardUnit(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.ValidFrom, u.ValidTo)).ToList();
        _byId = Units.ToDictionary(u => u.Id);
        _children = Units.ToLookup(u => u.ParentId);
    }

    public int Year { get; }

    public IReadOnlyList<DashboardUnit> Units { get; }

    /// <summary>The indicators switched on for the dashboards' year.</summary>
    public IReadOnlyList<Indicator> Indicators => _org.IndicatorsOf(Year);

    /// <summary>Who owes figures and who has submitted (docs/kennzahlen.md, "Datenstand").</summary>
    public Datenstand Datenstand => _org.Datenstand;

    public DashboardUnit? Find(string code) =>
        Units.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase));

    public DashboardUnit? Root => _children[null].OrderBy(u => u.Code, StringComparer.Ordinal).FirstOrDefault();

    public Indicator? FindIndicator(string code) =>
        Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));

    public DashboardUnit? ParentOf(DashboardUnit unit) => unit.ParentId is { } p ? _byId.GetValueOrDefault(p) : null;

    /// <summary>The units directly below, without those merged wholly into a successor: structure-adjusted, their figures
    /// are their successor's (docs/kennzahlen.md, "Strukturbereinigung"), so they are no line of their own.</summary>
    public IEnumerable<DashboardUnit> ChildrenOf(DashboardUnit unit) => _children[unit.Id]
        .Where(u => !IsMergedAway(u)).OrderBy(u => u.Code, StringComparer.Ordinal);

    /// <summary>True for a unit merged wholly into a successor (<see cref="OrganisationData.IsMergedAway"/>).</summary>
    public bool IsMergedAway(DashboardUnit unit) => _org.IsMergedAway(unit.Id);

    /// <summary>The unit's ancestors, the root first.</summary>
    public IReadOnlyList<DashboardUnit> AncestorsOf(DashboardUnit unit) =>
        _org.Tree.AncestorsOf(unit.Id).Select(id => _byId[id]).Reverse().ToList();

    /// <summary>The unit itself and every unit below it.</summary>
    public IEnumerable<DashboardUnit> SubtreeOf(DashboardUnit unit) => _org.Tree.SubtreeOf(unit.Id).Select(id => _byId[id]);

    /// <summary>The reorganisations the unit's figures of the month are adjusted for; units the user may not see unnamed.</summary>
    public IReadOnlyList<StructureChange> StructureChangesOf(UserScope scope, DashboardUnit unit, int month) =>
        StructureChange.Visible(StructureChange.Relevant(_org.StructureChangesOf(unit.Id), Year, month),
            code => _org.Find(code) is { } u && scope.CanSee(u.Id));

    public bool HasDemoFigures(DashboardUnit unit) => _org.FiguresOf(unit.Id).HasDemo;

    /// <summary>The indicator's components summed over the unit's subtree (kept with the loaded figures).</summary>
    public ComponentSeries Series(Indicator indicator, DashboardUnit unit) => _org.Series(indicator, unit.Id);

    /// <summary>The target the unit is held to in the month of this year: THE rule (<see cref="TargetRule"/>), or null.</summary>
    public HeldTarget? TargetOf(Indicator indicator, DashboardUnit unit, int month) => _org.TargetOf(indicator, unit.Id, Year, month);

    /// <summary>The versions of the target of the year held by <paramref name="holderId"/>, oldest first (empty: none).</summary>
    public IReadOnlyList<TargetVersionInfo> TargetVersions(Indicator indicator, int holderId) =>
        _org.OwnTarget(indicator, holderId, Year) is { } t
            ? t.Versions.OrderBy(v => v.Number).Select(TargetVersionInfo.Of).ToList()
            : [];

    /// <summary>Whether any unit of the subtree has a figure of the indicator in the year.</summary>
    public bool HasFigures(Indicator indicator, DashboardUnit unit) => LatestMonthWithFigures(indicator, unit) is not null;

    /// <summary>The latest month of the year with any figure of the indicator in the unit's subtree.</summary>
    public YearMonth? LatestMonthWithFigures(Indicator indicator, DashboardUnit unit)
    {
        if (!_org.FiguresOf(unit.Id).ByIndicator.TryGetValue(indicator.Code, out var rows))
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
    public int? LatestMonthWithAnyFigure() => _org.Memo(("latest", Year), () => new StrongBox<int?>(_org.Window.LatestMonth(Year))).Value;

    /// <summary>The engine's card of the indicator at the unit in the month (<see cref="DashboardCards"/>), computed once
    /// per loaded data: the same for every user, the privacy rule is applied to it afterwards.</summary>
    internal IndicatorCard Card(Indicator indicator, DashboardUnit unit, int month) =>
        _org.Memo(("card", indicator.Id, unit.Id, Year, month), () => DashboardCards.Card(this, indicator, unit, month));
}

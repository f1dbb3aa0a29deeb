using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>
/// The one rule of how complete the figures of a month are (docs/kennzahlen.md, "Datenstand"). A unit <em>owes</em>
/// figures for a month when it exists in that month and one of its <see cref="ReportingDuty"/>s covers the month. A
/// month is <em>complete</em> for a unit when every unit at or below it that owes figures for that month has submitted
/// it (Eingereicht or Abgeschlossen), <em>closed</em> when all of them have closed it; a month nobody owes is neither.
/// The latest complete month of the Jobcenter is the default month of every page, the same for every user and role.
/// Pure: built from the organisation, the duties and the month states, no database.
/// </summary>
public sealed class Datenstand
{
    private readonly Dictionary<int, OrgUnit> _byId;
    private readonly UnitTree _tree;
    private readonly ILookup<int, ReportingDuty> _duties;
    private readonly Dictionary<(int Unit, int Year, int Month), MonthState> _states;

    /// <param name="activation">Indicators switched off for a year owe nothing in it (default: all active).</param>
    public Datenstand(IReadOnlyList<OrgUnit> units, IReadOnlyList<ReportingDuty> duties, IEnumerable<UnitMonthState> states,
        IndicatorActivation? activation = null)
    {
        Units = units;
        Activation = activation ?? IndicatorActivation.AllActive;
        _byId = units.ToDictionary(u => u.Id);
        _tree = new UnitTree(units.Select(u => new UnitNode(u.Id, u.ParentId, u.Kind)));
        _duties = duties.ToLookup(d => d.OrgUnitId);
        _states = states.ToDictionary(s => (s.UnitId, s.Year, s.Month), s => s.State);
        Root = units.Where(u => u.ParentId is null).OrderBy(u => u.Code, StringComparer.Ordinal).FirstOrDefault();
    }

    public IReadOnlyList<OrgUnit> Units { get; }

    /// <summary>Which indicators are switched on in which year (<see cref="IndicatorActivation"/>).</summary>
    public IndicatorActivation Activation { get; }

    /// <summary>The Jobcenter (the unit without a parent).</summary>
    public OrgUnit? Root { get; }

    public OrgUnit? Find(string code) =>
        Units.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The unit's state of the month (no state stored: Entwurf).</summary>
    public MonthState StateOf(int unitId, YearMonth month) =>
        _states.GetValueOrDefault((unitId, month.Year, month.Month), MonthState.Entwurf);

    /// <summary>Whether the unit's figures of the month count above the unit: the month is submitted or closed.</summary>
    public bool Counts(int unitId, YearMonth month) => StateOf(unitId, month) != MonthState.Entwurf;

    /// <summary>The duties that cover the month, while the unit exists (a closed unit owes nothing after it ends), of
    /// indicators active in the month's year.</summary>
    public IReadOnlyList<ReportingDuty> DutiesOf(int unitId, YearMonth month) =>
        _byId.TryGetValue(unitId, out var unit) ? ReportingDuty.OwedBy(unit, _duties[unitId], month, Activation) : [];

    public bool Owes(int unitId, YearMonth month) => DutiesOf(unitId, month).Count > 0;

    /// <summary>The units at or below <paramref name="unitId"/> that owe figures for the month, by level and code.</summary>
    public IReadOnlyList<OrgUnit> ExpectedUnits(int unitId, YearMonth month) => _tree.SubtreeOf(unitId)
        .Where(id => Owes(id, month))
        .Select(id => _byId[id])
        .OrderBy(u => u.Kind).ThenBy(u => u.Code, StringComparer.Ordinal)
        .ToList();

    /// <summary>Expected, submitted and closed units of the month at or below the unit, and who has not submitted.</summary>
    public MonthCoverage CoverageOf(int unitId, YearMonth month)
    {
        var expected = ExpectedUnits(unitId, month);
        var states = expected.Select(u => (Unit: u, State: StateOf(u.Id, month))).ToList();
        return new MonthCoverage(month,
            new Coverage(expected.Count,
                Submitted: states.Count(s => s.State != MonthState.Entwurf),
                Closed: states.Count(s => s.State == MonthState.Abgeschlossen)),
            states.Where(s => s.State == MonthState.Entwurf).Select(s => new MissingUnit(s.Unit.Code, s.Unit.Name)).ToList());
    }

    /// <summary>Months 1..12 of the year at the unit.</summary>
    public IReadOnlyList<MonthCoverage> YearOf(int unitId, int year) =>
        Enumerable.Range(1, 12).Select(m => CoverageOf(unitId, new YearMonth(year, m))).ToList();

    /// <summary>The latest complete month of the year at the unit (null: none).</summary>
    public int? LatestCompleteMonth(int unitId, int year) =>
        Enumerable.Range(1, 12).Reverse().Select(m => (int?)m).FirstOrDefault(m => CoverageOf(unitId, new YearMonth(year, m!.Value)).IsComplete);

    /// <summary>The latest complete month of the Jobcenter in any year (null: none). Only months someone submitted can be.</summary>
    public YearMonth? LatestCompleteMonth()
    {
        if (Root is not { } root)
        {
            return null;
        }

        return _states.Where(s => s.Value != MonthState.Entwurf)
            .Select(s => new YearMonth(s.Key.Year, s.Key.Month))
            .Distinct()
            .OrderDescending()
            .Select(m => (YearMonth?)m)
            .FirstOrDefault(m => CoverageOf(root.Id, m!.Value).IsComplete);
    }

    /// <summary>The latest month any unit has submitted or closed (null: none).</summary>
    public YearMonth? LatestSubmittedMonth() => _states.Where(s => s.Value != MonthState.Entwurf)
        .Select(s => (YearMonth?)new YearMonth(s.Key.Year, s.Key.Month))
        .Max();

    /// <summary>
    /// THE default month of a year (the same for every user and role): the Jobcenter's latest complete month; while no
    /// month of the year is complete, the latest month with figures (<paramref name="latestMonthWithFigures"/>);
    /// without any, January.
    /// </summary>
    public int DefaultMonth(int year, int? latestMonthWithFigures) =>
        (Root is { } root ? LatestCompleteMonth(root.Id, year) : null) ?? latestMonthWithFigures ?? 1;
}

using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>
/// One unit's view of the loaded <see cref="OrganisationData"/>: its subtree's figures, the target it is held to
/// (<see cref="TargetRule"/>) and the engine's attainment and series, computed in memory.
/// </summary>
public sealed class AttainmentData
{
    private readonly OrganisationData _org;
    private readonly UnitFigures _figures;

    internal AttainmentData(OrganisationData org, OrgUnit unit, UnitFigures figures, bool adjusted = true)
    {
        _org = org;
        _figures = figures;
        StructureChanges = adjusted ? org.StructureChangesOf(unit.Id) : [];
        UnitId = unit.Id;
        UnitCode = unit.Code;
        UnitName = unit.Name;
        UnitKind = unit.Kind;
    }

    public int UnitId { get; }

    public string UnitCode { get; }

    public string UnitName { get; }

    public OrgUnitKind UnitKind { get; }

    /// <summary>Every loaded indicator, switched on or not; a view of a year shows <see cref="IndicatorsOf"/>.</summary>
    public IReadOnlyList<Indicator> Indicators => _org.Indicators;

    /// <summary>The indicators switched on for <paramref name="year"/>: what every view of the year shows.</summary>
    public IReadOnlyList<Indicator> IndicatorsOf(int year) => _org.IndicatorsOf(year);

    /// <summary>A loaded indicator (with its components) by id, switched on or not.</summary>
    public Indicator Indicator(int id) => Indicators.First(i => i.Id == id);

    /// <summary>A loaded indicator by code, switched on or not (null: no such indicator).</summary>
    public Indicator? FindIndicator(string code) =>
        Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the indicator is switched on in the year (<see cref="IndicatorActivation"/>).</summary>
    public bool IsActive(Indicator indicator, int year) => _org.Activation.IsActive(indicator, year);

    public bool HasDemoFigures => _figures.HasDemo;

    /// <summary>The reorganisations this unit's figures are adjusted for ("strukturbereinigt", docs/kennzahlen.md);
    /// empty for the unit's own, unadjusted history.</summary>
    public IReadOnlyList<StructureChange> StructureChanges { get; }

    /// <summary>The changes that adjust the month's figures or the history they look back on (<see cref="StructureChange.Relevant"/>).</summary>
    public IReadOnlyList<StructureChange> StructureChangesFor(int year, int month) => StructureChange.Relevant(StructureChanges, year, month);

    /// <summary>Who owes figures, who has submitted (the whole organisation; docs/kennzahlen.md, "Datenstand").</summary>
    public Datenstand Datenstand => _org.Datenstand;

    /// <summary>The Datenstand of this unit's month: expected, submitted, closed units at or below it, and who is missing.</summary>
    public MonthCoverage CoverageOf(int year, int month) => Datenstand.CoverageOf(UnitId, new YearMonth(year, month));

    /// <summary>THE default month of the year (the Jobcenter's latest complete month; <see cref="Datenstand.DefaultMonth"/>).</summary>
    public int DefaultMonth(int year) => Datenstand.DefaultMonth(year, LatestMonthWithAnyFigure(year));

    /// <summary>The latest month of the year with any figure of any unit, drafts included (null: none).</summary>
    public int? LatestMonthWithAnyFigure(int year) => _org.Window.LatestMonth(year);

    /// <summary>The unit's own target of the year (current version), or null; what it is held to is <see cref="TargetOf"/>.</summary>
    public TargetVersion? OwnTarget(Indicator indicator, int year) => _org.OwnTarget(indicator, UnitId, year)?.Current;

    /// <summary>The target the unit is held to in the month: THE rule (<see cref="TargetRule"/>), or null.</summary>
    public HeldTarget? TargetOf(Indicator indicator, int year, int month) => _org.TargetOf(indicator, UnitId, year, month);

    public bool HasFigures(Indicator indicator) => RowsOf(indicator).Count > 0;

    /// <summary>The latest month of <paramref name="year"/> for which the indicator has any figure in this subtree.</summary>
    public YearMonth? LatestMonth(Indicator indicator, int year) => RowsOf(indicator)
        .Where(r => r.Year == year)
        .Select(r => (YearMonth?)new YearMonth(r.Year, r.Month))
        .Max();

    /// <summary>Attainment in the month against the target the unit is held to (<see cref="TargetOf"/>).</summary>
    public AttainmentResult Calculate(Indicator indicator, int year, int month) =>
        Calculate(indicator, year, month, TargetOf(indicator, year, month));

    /// <summary>Attainment against a held target: its annual value, period and phasing (the calendar year when null).</summary>
    public AttainmentResult Calculate(Indicator indicator, int year, int month, HeldTarget? held) =>
        AttainmentCalculator.Calculate(_org.DefinitionOf(indicator), SeriesOf(indicator), year, month, held?.Annual, held?.Profile);

    /// <summary>Attainment against a given annual target over the calendar year.</summary>
    public AttainmentResult Calculate(Indicator indicator, int year, int month, decimal? target) =>
        AttainmentCalculator.Calculate(_org.DefinitionOf(indicator), SeriesOf(indicator), year, month, target);

    public IReadOnlyList<SeriesPoint> Series(Indicator indicator, YearMonth from, YearMonth to) =>
        SeriesCalculator.Calculate(_org.DefinitionOf(indicator), SeriesOf(indicator), from.Year, from.Month, to.Year, to.Month);

    private ComponentSeries SeriesOf(Indicator indicator) => _figures.SeriesOf(indicator.Code, _org.DefinitionOf(indicator));

    private List<RawFigure> RowsOf(Indicator indicator) =>
        _figures.ByIndicator.TryGetValue(indicator.Code, out var rows) ? rows : [];
}

using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>A unit as the dashboards name it.</summary>
public sealed record UnitRef(string Code, string Name, OrgUnitKind Kind, DateOnly? ValidTo = null);

/// <summary>One month of a sparkline or chart series (null: no value).</summary>
public sealed record MonthPoint(YearMonth Month, decimal? Value)
{
    /// <summary>Sparklines of year-to-date kinds: the same month's value a year earlier (the dashed second line).</summary>
    public decimal? LastYear { get; init; }

    /// <summary>Sparklines of year-to-date kinds: the line starts anew here (January), not joined to December.</summary>
    public bool StartsLine { get; init; }
}

/// <summary>
/// One target (or monitored indicator) of the Gesamtübersicht at one unit and month: the engine's
/// <see cref="AttainmentResult"/> with the target's version and a 13-month sparkline.
/// </summary>
public sealed record IndicatorCard(
    string Code,
    string Name,
    TargetCategory Category,
    IndicatorUnit Unit,
    FormulaKind Formula,
    Direction Direction,
    TargetVersionInfo? Target,
    string? TargetSource,
    int Year,
    int Month,
    AttainmentResult Result,
    string? RequiredUnit,
    ComponentKind? RequiredKind,
    YearMonth? LatestMonthWithFigures,
    IReadOnlyList<MonthPoint> Sparkline,
    string SparklineLabel)
{
    /// <summary>The target's period and phasing (null: no target); the engine phases the card and its path with it.</summary>
    public TargetProfile? Profile { get; init; }

    /// <summary>The target's period as shown where it is not the calendar year (<c>04/2015–12/2017</c>), else null.</summary>
    public string? PeriodText => Profile is { IsCalendarYear: false } p ? p.Text : null;

    /// <summary>Change indicators hold a percent change as their target and actual (e.g. −2,5 %).</summary>
    public bool IsChange => Formula is FormulaKind.ChangeOfSum or FormulaKind.ChangeOfAverage;

    /// <summary>Variance in percentage points (rates and changes) rather than in the indicator's unit.</summary>
    public bool VarianceInPoints => Unit == IndicatorUnit.Prozent;

    /// <summary>True when the unit has no target of its own and is held against <see cref="TargetSource"/>.</summary>
    public bool IsInheritedTarget => TargetSource is not null;

    /// <summary>The target may still change (Planungsangebot or vorläufig vereinbart).</summary>
    public bool IsProvisional => Target is { Status: not TargetStatus.Final };

    /// <summary>Set when the actual was removed as a small count for the Träger (SmallCellRule): shown as "&lt; n".</summary>
    public int? ActualHiddenBelow { get; init; }
}

/// <summary>A version of a target (the history on the Kennzahl page; the current one on the cards).</summary>
public sealed record TargetVersionInfo(int Number, decimal? Value, TargetStatus Status, DateOnly DecidedOn, string? Note,
    string CreatedBy, DateTime CreatedAt)
{
    public static TargetVersionInfo Of(TargetVersion v) => new(v.Number, v.Value, v.Status, v.DecidedOn, v.Note, v.CreatedBy, v.CreatedAt);
}

/// <summary>The Gesamtübersicht (or a unit's page): every target of the year at one unit as of one month.</summary>
public sealed record DashboardOverview(
    int Year,
    int Month,
    YearMonth? LatestCompleteMonth,
    IReadOnlyList<int> Months,
    UnitRef Unit,
    IReadOnlyList<UnitRef> Ancestors,
    IReadOnlyList<UnitRef> Children,
    bool HasDemoFigures,
    IReadOnlyList<IndicatorCard> Cards)
{
    /// <summary>The units directly below closed earlier in the year ("aufgelöst"): not among <see cref="Children"/>, listed
    /// apart, so their earlier months stay reachable.</summary>
    public IReadOnlyList<UnitRef> DissolvedChildren { get; init; } = [];

    /// <summary>Set when small counts were removed for the caller (SmallCellRule): counts below it are not shown.</summary>
    public int? SmallCellLimit { get; init; }

    /// <summary>The Datenstand of <see cref="Month"/> at the unit: units that owe figures, have submitted, have closed.</summary>
    public Coverage Coverage { get; init; } = new(0, 0, 0);

    /// <summary>The units at or below the unit that owe figures for the month and have not submitted (those the
    /// user may see).</summary>
    public IReadOnlyList<MissingUnit> Missing { get; init; } = [];

    /// <summary>The reorganisations the figures are adjusted for ("strukturbereinigt", docs/kennzahlen.md).</summary>
    public IReadOnlyList<StructureChange> StructureChanges { get; init; } = [];

    /// <summary>True when <see cref="StructureChanges"/> adjust the figures.</summary>
    public bool Adjusted => StructureChanges.Count > 0;

    /// <summary>The morning summary: lights counted, the largest gaps, red targets without an active measure.</summary>
    public DashboardSummary Summary { get; init; } = new(0, 0, 0, 0, [], []);
}

/// <summary>One unit's line in the ranked drill-down table of an indicator.</summary>
/// <param name="ReferenceTarget">The annual target the unit is held against: its own, else the parent's (rates)
/// or the parent's share by last year's level (counts and stocks); see docs/kennzahlen.md.</param>
/// <param name="Contribution">The unit's part of the parent's variance (sums to it over a complete level).</param>
public sealed record ContributionRow(
    int Rank,
    UnitRef Unit,
    decimal? Actual,
    decimal? ReferenceTarget,
    string ReferenceSource,
    decimal? PhasedTarget,
    decimal? Variance,
    TrafficLight Light,
    decimal? Weight,
    decimal? Contribution,
    bool HasChildren)
{
    /// <summary>Set when the unit's actual was removed as a small count for the Träger (SmallCellRule): shown as "&lt; n".</summary>
    public int? ActualHiddenBelow { get; init; }

    /// <summary>A unit closed before the table's month ("aufgelöst"): the month its actual, target and light are of.</summary>
    public int? LastMonth { get; init; }
}

/// <summary>The ranked table of the units of one level below a unit.</summary>
public sealed record ContributionTable(
    OrgUnitKind? Level,
    IReadOnlyList<OrgUnitKind> Levels,
    IReadOnlyList<ContributionRow> Rows,
    decimal? ParentVariance,
    decimal? SumOfContributions,
    int HiddenUnits,
    string Method)
{
    /// <summary>The units of the level closed before the month ("aufgelöst"): not ranked, no cause of the current gap;
    /// their figures as of their last month, their contribution to the year-to-date gap kept (it is in the sum).</summary>
    public IReadOnlyList<ContributionRow> Dissolved { get; init; } = [];
}

/// <summary>A raw component's summed monthly values at the unit (months 1..12 of the year, null: not entered).</summary>
public sealed record ComponentMonths(string Code, string Name, ComponentKind Kind, ComponentRole Role,
    IReadOnlyList<decimal?> ThisYear, IReadOnlyList<decimal?> LastYear);

/// <summary>One month of the path chart: actual, phased target and the dashed forecast line.</summary>
public sealed record PathPoint(int Month, decimal? Actual, decimal? PhasedTarget, decimal? Forecast);

/// <summary>One month of the comparison with the same month of last year.</summary>
public sealed record YearComparisonPoint(int Month, decimal? ThisYear, decimal? LastYear);

/// <summary>How far the indicator's figures lag, and how many entering units have submitted each month.</summary>
public sealed record DataDelayInfo(YearMonth? LatestMonthWithFigures, YearMonth? LatestCompleteMonth,
    IReadOnlyList<MonthCompleteness> Months);

/// <summary>The submission state of one month over the units that owe figures to the Jobcenter (Datenstand).</summary>
public sealed record MonthCompleteness(int Month, int Units, int Submitted, int Closed, bool HasFigures)
{
    public bool IsComplete => Units > 0 && Submitted == Units;
}

/// <summary>The Kennzahl page: drill-down, charts and detail of one indicator at one unit.</summary>
public sealed record IndicatorView(
    IndicatorCard Card,
    string? Description,
    string FormulaInWords,
    UnitRef Unit,
    IReadOnlyList<UnitRef> Ancestors,
    IReadOnlyList<int> Months,
    IReadOnlyList<PathPoint> Path,
    IReadOnlyList<MonthPoint> Rolling12,
    IReadOnlyList<YearComparisonPoint> LastYear,
    ContributionTable Ranking,
    IReadOnlyList<ComponentMonths> Components,
    IReadOnlyList<TargetVersionInfo> TargetVersions,
    DataDelayInfo Delay,
    bool HasDemoFigures)
{
    /// <summary>Set when small counts were removed for the caller (SmallCellRule): counts below it are not shown.</summary>
    public int? SmallCellLimit { get; init; }

    /// <summary>The Datenstand of the card's month at the unit (see <see cref="DashboardOverview.Coverage"/>).</summary>
    public Coverage Coverage { get; init; } = new(0, 0, 0);

    /// <summary>The units that owe figures for the month and have not submitted (those the user may see).</summary>
    public IReadOnlyList<MissingUnit> Missing { get; init; } = [];

    /// <summary>The reorganisations the figures are adjusted for ("strukturbereinigt", docs/kennzahlen.md).</summary>
    public IReadOnlyList<StructureChange> StructureChanges { get; init; } = [];

    /// <summary>True when <see cref="StructureChanges"/> adjust the figures.</summary>
    public bool Adjusted => StructureChanges.Count > 0;

    /// <summary>K3 and K1: the published § 48a variant beside the steering view (<see cref="OfficialVariants"/>); else null.</summary>
    public OfficialVariant? Official { get; init; }
}

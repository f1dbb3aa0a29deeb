using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Targets;

/// <summary>One line of the Zielübersicht: a target of the year with its figures of <see cref="Month"/> (full precision).</summary>
public sealed record TargetOverviewRow(
    string IndicatorCode,
    string IndicatorName,
    TargetCategory Category,
    IndicatorUnit Unit,
    FormulaKind Formula,
    Direction Direction,
    decimal? TargetValue,
    TargetStatus? Status,
    string? Note,
    YearMonth Month,
    decimal? Actual,
    decimal? PhasedTarget,
    TrafficLight Light,
    decimal? Forecast,
    string? ForecastMethod,
    IReadOnlyList<string> Missing)
{
    /// <summary>The unit has no target of its own and is held to the one named (THE target rule); null: its own.</summary>
    public string? TargetSource { get; init; }

    /// <summary>The target's period where it is not the calendar year (<c>04/2015–12/2017</c>), else null.</summary>
    public string? PeriodText { get; init; }

    /// <summary>Set when the actual was removed as a small count for the Träger (SmallCellRule): shown as "&lt; n".</summary>
    public int? ActualHiddenBelow { get; init; }

    /// <summary>Set when the forecast was removed as a small count for the Träger.</summary>
    public int? ForecastHiddenBelow { get; init; }

    /// <summary>Change indicators hold a percent change as their target and actual (e.g. −2,5 %).</summary>
    public bool IsChange => Formula is FormulaKind.ChangeOfSum or FormulaKind.ChangeOfAverage;
}

/// <summary>The Zielübersicht of a year for one unit, every row as of <see cref="Month"/>.</summary>
public sealed record TargetOverview(int Year, int Month, string UnitCode, string UnitName, bool HasDemoFigures,
    IReadOnlyList<TargetOverviewRow> Rows)
{
    /// <summary>The Datenstand of the month at the unit (docs/kennzahlen.md): units that owe figures, submitted, closed.</summary>
    public Coverage Coverage { get; init; } = new(0, 0, 0);

    /// <summary>The units that owe figures for the month and have not submitted (those the user may see).</summary>
    public IReadOnlyList<MissingUnit> Missing { get; init; } = [];

    /// <summary>The months that can be chosen: January up to the latest month with any figure.</summary>
    public IReadOnlyList<int> Months { get; init; } = [];

    /// <summary>The Jobcenter's latest complete month of the year (the default), or null.</summary>
    public int? LatestCompleteMonth { get; init; }
}

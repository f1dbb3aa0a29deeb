using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Targets;

/// <summary>One line of the Zielübersicht: a target of the year with its current figures (full precision).</summary>
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
    YearMonth? LatestMonth,
    decimal? Actual,
    decimal? PhasedTarget,
    TrafficLight Light,
    decimal? Forecast,
    string? ForecastMethod,
    IReadOnlyList<string> Missing)
{
    /// <summary>Set when the actual was removed as a small count for the Träger (SmallCellRule): shown as "&lt; n".</summary>
    public int? ActualHiddenBelow { get; init; }

    /// <summary>Set when the forecast was removed as a small count for the Träger.</summary>
    public int? ForecastHiddenBelow { get; init; }

    /// <summary>Change indicators hold a percent change as their target and actual (e.g. −2,5 %).</summary>
    public bool IsChange => Formula is FormulaKind.ChangeOfSum or FormulaKind.ChangeOfAverage;
}

/// <summary>The Zielübersicht of a year for one unit.</summary>
public sealed record TargetOverview(int Year, string UnitCode, string UnitName, YearMonth? LatestMonth, bool HasDemoFigures,
    IReadOnlyList<TargetOverviewRow> Rows);

using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Reports;

/// <summary>The quarterly attainment report: every BA, local and municipal target (and K1 monitoring) at the
/// quarter's last month, for the Jobcenter and each Geschäftsstelle the user may see.</summary>
public sealed record AttainmentReport(int Year, int Quarter, int Month, bool HasProvisionalTargets, bool HasDemoFigures,
    IReadOnlyList<AttainmentReportPart> Parts)
{
    public string PeriodText => $"{German.Quarter(Quarter, Year)} (Stand {German.MonthDigits(Year, Month)})";

    /// <summary>The Datenstand of <see cref="Month"/> at the Jobcenter (docs/kennzahlen.md): "vorläufig" while not complete.</summary>
    public ReportCoverage Datenstand { get; init; } = ReportCoverage.None;
}

/// <summary>One unit's part of the report (one sheet in the XLSX export, one printed page).</summary>
public sealed record AttainmentReportPart(string UnitCode, string UnitName, OrgUnitKind Kind, IReadOnlyList<AttainmentReportRow> Rows);

/// <summary>One target at one unit, as THE target rule gives it (<see cref="Attainment.TargetRule"/>).
/// <see cref="TargetSource"/>: the unit has no target of its own and is held to the one named (null: its own).</summary>
public sealed record AttainmentReportRow(
    string IndicatorCode,
    string IndicatorName,
    TargetCategory Category,
    IndicatorUnit Unit,
    bool IsChange,
    decimal? Target,
    TargetStatus? Status,
    string? TargetSource,
    decimal? Actual,
    decimal? PhasedTarget,
    TrafficLight Light,
    decimal? Forecast,
    string? ForecastMethod)
{
    public bool IsProvisional => Status is TargetStatus.Vorlaeufig or TargetStatus.Planungsangebot;

    /// <summary>Set when the actual was removed as a small count for the Träger (SmallCellRule): shown as "&lt; n".</summary>
    public int? ActualHiddenBelow { get; init; }
}

using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.QualitativeTargets;
using MeAktiv.Core.Features.Reports;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Review;

/// <summary>
/// Everything the review screen shows for a quarter (Jobcenter level: the Träger review the whole Jobcenter). It is
/// frozen as JSON in a <see cref="ReviewSnapshot"/>, so it holds raw values and texts, nothing computed on display.
/// </summary>
public sealed record ReviewModel(
    int Year,
    int Quarter,
    int Month,
    string UnitName,
    DateTime BuiltAtUtc,
    bool HasProvisionalTargets,
    bool HasDemoFigures,
    IReadOnlyList<ReviewTargetSlide> Targets,
    IReadOnlyList<ReviewMeasure> Measures,
    IReadOnlyList<ReviewTargetSlide> Monitoring)
{
    public string PeriodText => Common.German.Quarter(Quarter, Year);

    /// <summary>The Datenstand of <see cref="Month"/> at the Jobcenter (docs/kennzahlen.md): "vorläufig" while not complete.</summary>
    public ReportCoverage Datenstand { get; init; } = ReportCoverage.None;

    /// <summary>The qualitative targets of the year (Pflichten und Meilensteine) with their status when the slides were
    /// built; empty in snapshots frozen before they existed.</summary>
    public IReadOnlyList<DutyLine> Duties { get; init; } = [];

    /// <summary>The budget slide (issue 21); null for roles that read no money and in older snapshots.</summary>
    public ReviewBudget? Budget { get; init; }
}

/// <summary>One target (or monitoring figure) with its year so far. <see cref="Target"/> of a monitoring figure is its Prognose.</summary>
public sealed record ReviewTargetSlide(
    string Code,
    string Name,
    TargetCategory Category,
    IndicatorUnit Unit,
    bool IsChange,
    decimal? Target,
    TargetStatus? Status,
    string? TargetNote,
    decimal? Actual,
    decimal? PhasedTarget,
    TrafficLight Light,
    decimal? Forecast,
    string? ForecastMethod,
    IReadOnlyList<ReviewPoint> Points,
    string? Comment)
{
    public bool IsProvisional => Status is TargetStatus.Vorlaeufig or TargetStatus.Planungsangebot;

    /// <summary>The number of the target version shown (null in snapshots frozen before it was kept).</summary>
    public int? TargetVersion { get; init; }

    /// <summary>Why that version changed an agreed target (status "angepasst"), if it says.</summary>
    public string? TargetReason { get; init; }

    /// <summary>Set when the actual was removed as a small count for the Träger (SmallCellRule): shown as "&lt; n".</summary>
    public int? ActualHiddenBelow { get; init; }
}

/// <summary>A month of the year so far: the headline value and the phased target.</summary>
public sealed record ReviewPoint(int Month, decimal? Value, decimal? PhasedTarget);

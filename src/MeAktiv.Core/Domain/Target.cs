namespace MeAktiv.Core.Domain;

/// <summary>A target of an indicator for a year and an org unit; its value is kept in versions.</summary>
public sealed class Target
{
    /// <summary>Client-generated, so a new target and its first version can be audited in one save.</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int IndicatorId { get; set; }

    public Indicator? Indicator { get; set; }

    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public int Year { get; set; }

    public List<TargetVersion> Versions { get; } = [];

    public TargetVersion? Current => Versions.MaxBy(v => v.Number);
}

/// <summary>
/// One version of a target value. For change indicators the value is a percent change against last year
/// (e.g. −2,5); for all others it is the level in the indicator's unit (21,40 %, 17.970).
/// </summary>
public sealed class TargetVersion : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TargetId { get; set; }

    public int Number { get; set; }

    /// <summary><c>null</c> when agreed but not yet known (K1: "Prognose noch nicht veröffentlicht").</summary>
    public decimal? Value { get; set; }

    public TargetStatus Status { get; set; }

    public DateOnly DecidedOn { get; set; }

    /// <summary>The wording of the source, e.g. "Senkung um 2,5 %".</summary>
    public string? Note { get; set; }

    /// <summary>Why an agreed target was changed (required for <see cref="TargetStatus.Angepasst"/>).</summary>
    public string? Reason { get; set; }

    /// <summary>The value the target is measured against, usually last year's result (21,5 % for K2 2015).</summary>
    public decimal? Baseline { get; set; }

    /// <summary>Where the baseline comes from, e.g. "Integrationsquote 2014 (Planungsdokument)".</summary>
    public string? BaselineSource { get; set; }

    /// <summary>
    /// The target as agreed as a change against <see cref="Baseline"/> in percent (+1,0 for "Steigerung um 1,0 % auf
    /// 21,7 %"), null when agreed as an absolute value. <see cref="Value"/> always holds the absolute value.
    /// </summary>
    public decimal? Change { get; set; }

    /// <summary>First month of the period (the 1st of the month); null: January of the target's year.</summary>
    public DateOnly? PeriodFrom { get; set; }

    /// <summary>Last month of the period (the 1st of the month); null: December of the target's year.</summary>
    public DateOnly? PeriodTo { get; set; }

    /// <summary>How the target is spread over the period; null: the indicator's setting (linear unless seasonal).</summary>
    public TargetPhasing? Phasing { get; set; }

    /// <summary>The monthly plan of <see cref="TargetPhasing.Plan"/>: amounts per month of the period (<see cref="TargetPlan"/>).</summary>
    public string? PhasingPlan { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}

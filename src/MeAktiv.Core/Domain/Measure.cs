namespace MeAktiv.Core.Domain;

/// <summary>Status of a Steuerungsmaßnahme; transitions: <c>Features/Steuerung/MeasureStatusMachine</c>.</summary>
public enum MeasureStatus
{
    Offen = 0,
    InUmsetzung = 1,
    Erledigt = 2,
    Verworfen = 3,
}

/// <summary>
/// A Steuerungsmaßnahme (corrective measure): what, who, by when, for which indicator(s) and unit, agreed in which
/// meeting, followed up until done. <see cref="Version"/> is an application-managed concurrency token as on
/// <see cref="MonthlyValue"/>. The owner is a user (a Teamleitung edits the measures assigned to it).
/// </summary>
public sealed class Measure : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    public string? Description { get; set; }

    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    /// <summary>User name (e-mail) of the person responsible.</summary>
    public required string Owner { get; set; }

    /// <summary>When the measure starts to act: marked on the indicator's curve.</summary>
    public DateOnly StartDate { get; set; }

    public DateOnly DueDate { get; set; }

    public MeasureStatus Status { get; set; }

    /// <summary>The meeting where it was agreed, if any.</summary>
    public Guid? MeetingId { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public List<MeasureIndicator> Indicators { get; } = [];

    public List<MeasureFollowUp> FollowUps { get; } = [];

    public int? AuditUnitId() => OrgUnitId;
}

/// <summary>An indicator a measure should move.</summary>
public sealed class MeasureIndicator : IAudited
{
    public Guid MeasureId { get; set; }

    public int IndicatorId { get; set; }

    public Indicator? Indicator { get; set; }
}

/// <summary>A follow-up entry (Nachhaltung) of a measure; a status change records the old and new status.</summary>
public sealed class MeasureFollowUp : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeasureId { get; set; }

    public DateTime At { get; set; }

    public required string By { get; set; }

    public required string Text { get; set; }

    public MeasureStatus? StatusFrom { get; set; }

    public MeasureStatus? StatusTo { get; set; }
}

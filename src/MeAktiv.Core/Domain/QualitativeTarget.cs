namespace MeAktiv.Core.Domain;

/// <summary>Status of a qualitative target (Pflicht, Meilenstein): offen, in Arbeit, erledigt, entfallen.</summary>
public enum DutyStatus
{
    Open = 0,
    InProgress = 1,
    Done = 2,
    Dropped = 3,
}

/// <summary>
/// A qualitative target of a year: a duty or milestone of the Zielvereinbarung that is not a number (§ 44a documentation,
/// qualified Erstberatung, KdU reporting duty, Klausurtagung), with owner, due date, status and evidence note
/// (Nachweis). Maintained by <c>Features/QualitativeTargets</c>; seeded from <c>seeds/qualitative-targets.csv</c>.
/// <see cref="Version"/> is an application-managed concurrency token (a stale save is refused).
/// </summary>
public sealed class QualitativeTarget : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Stable code (e.g. <c>ZV15-IV4-44A</c>); unique.</summary>
    public required string Code { get; set; }

    public int Year { get; set; }

    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>An account's user name (e-mail), or a role or position in words ("Geschäftsführung").</summary>
    public required string Owner { get; set; }

    public DateOnly DueDate { get; set; }

    public DutyStatus Status { get; set; }

    /// <summary>Nachweis: what shows the duty is met (a document, a date, a decision).</summary>
    public string? Evidence { get; set; }

    /// <summary>Where it comes from (e.g. "Zielvereinbarung 2015, IV.4").</summary>
    public string? Source { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsOpen => Status is DutyStatus.Open or DutyStatus.InProgress;

    /// <summary>Past its due date on <paramref name="day"/> and neither done nor dropped.</summary>
    public bool IsOverdueOn(DateOnly day) => IsOpen && DueDate < day;

    public int? AuditUnitId() => OrgUnitId;
}

namespace MeAktiv.Core.Domain;

/// <summary>Where a unit's month stands: entered by the team lead, submitted, closed by the Bereichsleitung.</summary>
public enum MonthState
{
    Entwurf = 0,
    Eingereicht = 1,
    Abgeschlossen = 2,
}

/// <summary>
/// The workflow state of one unit's month. No row means <see cref="MonthState.Entwurf"/>. A closed month is read-only
/// until the Bereichsleitung or the Geschäftsführung reopens it with a reason.
/// </summary>
public sealed class MonthStatus : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int OrgUnitId { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public MonthState State { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public string? ClosedBy { get; set; }

    public DateTime? ClosedAt { get; set; }

    /// <summary>Why the month was last reopened.</summary>
    public string? ReopenReason { get; set; }

    /// <summary>Application-managed concurrency token, as on <see cref="MonthlyValue"/>.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public int? AuditUnitId() => OrgUnitId;
}

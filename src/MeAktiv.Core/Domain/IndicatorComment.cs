namespace MeAktiv.Core.Domain;

/// <summary>
/// The Kommentierung of one indicator at one unit for one month: explains the state of the figures. Its edit history
/// is the audit history (<see cref="AuditEntry"/> rows of this entity). <see cref="Version"/> as on
/// <see cref="MonthlyValue"/>. Free text: never personal data of customers (the UI says so).
/// </summary>
public sealed class IndicatorComment : IAudited
{
    /// <summary>The longest text a comment may have.</summary>
    public const int MaxTextLength = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int IndicatorId { get; set; }

    public int OrgUnitId { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public required string Text { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public int? AuditUnitId() => OrgUnitId;
}

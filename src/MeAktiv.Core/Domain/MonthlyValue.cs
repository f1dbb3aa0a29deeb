namespace MeAktiv.Core.Domain;

/// <summary>
/// A raw figure: one component of an indicator for one unit and month. Aggregated figures only, never customer data.
/// <see cref="Version"/> is an application-managed concurrency token (SQLite has no rowversion): every change sets a
/// new one, and a save with a stale version fails.
/// </summary>
public sealed class MonthlyValue : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public int ComponentId { get; set; }

    public IndicatorComponent? Component { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public decimal Value { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Demo figure generated for the demo database, not a real figure of the Jobcenter.</summary>
    public bool IsDemo { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int? AuditUnitId() => OrgUnitId;
}

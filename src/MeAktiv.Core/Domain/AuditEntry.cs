namespace MeAktiv.Core.Domain;

/// <summary>One change of an audited entity, written in the same transaction as the change itself.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public required string User { get; set; }

    public required string EntityType { get; set; }

    public required string EntityKey { get; set; }

    /// <summary>Added, Modified or Deleted.</summary>
    public required string Action { get; set; }

    /// <summary>JSON object of the changed properties' old values (null for an insert).</summary>
    public string? OldValues { get; set; }

    /// <summary>JSON object of the changed properties' new values (null for a delete).</summary>
    public string? NewValues { get; set; }

    public string? Reason { get; set; }

    /// <summary>The org unit the change belongs to (figures, month states), for the history per unit.</summary>
    public int? OrgUnitId { get; set; }
}

/// <summary>Marks entities whose every change is written to the audit history.</summary>
public interface IAudited
{
    /// <summary>The org unit the entity belongs to, if any (a method, so EF Core does not map it).</summary>
    int? AuditUnitId() => null;
}

namespace MeAktiv.Core.Domain;

/// <summary>A unit of the organisation tree. Units change over time (mergers): history stays reportable.</summary>
public sealed class OrgUnit
{
    public int Id { get; set; }

    /// <summary>Short stable code: upper-case letters, digits, hyphens (e.g. <c>GS-VEL</c>, <c>VEL-U25-1</c>).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public OrgUnitKind Kind { get; set; }

    public int? ParentId { get; set; }

    public OrgUnit? Parent { get; set; }

    public List<OrgUnit> Children { get; } = [];

    /// <summary>For teams: the kind named in the planning document (Markt &amp; Integration, Leistung, U25, …).</summary>
    public string? TeamKind { get; set; }

    public DateOnly ValidFrom { get; set; }

    /// <summary>Last day the unit exists; <c>null</c> while it exists.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>Invented for the demo (names of teams and areas are not in the source document).</summary>
    public bool IsDemo { get; set; }

    public List<OrgUnitCity> Cities { get; } = [];

    /// <summary>Concurrency token: every change through the master-data pages or API sets a new one (no lost updates).</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    /// <summary>True when the unit exists on at least one day of the month.</summary>
    public bool ExistsIn(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        return ValidFrom <= last && (ValidTo is null || first <= ValidTo);
    }
}

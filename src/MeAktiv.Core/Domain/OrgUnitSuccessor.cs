namespace MeAktiv.Core.Domain;

/// <summary>
/// A successor link of a reorganisation: from <see cref="Date"/> on, customers of the predecessor are served by the
/// successor (a merger: the whole unit, 100 %; a split: part of it). <see cref="Share"/> is the moved share in percent;
/// null means the default rule "Bestand übergegangen": the share is the stock moved, read from the month before and
/// after the date. A link with a <see cref="ComponentId"/> holds the share of that one component; without, of every
/// component. Maintained on /verwaltung/organisation and by <c>PUT /api/v1/org-units/{code}</c>; the 2015 demo
/// changes come from <c>seeds/org-unit-successors.csv</c>.
/// </summary>
public sealed class OrgUnitSuccessor : IAudited
{
    /// <summary>Client-generated, so a new link can be audited in the save that adds it.</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int PredecessorId { get; set; }

    public OrgUnit? Predecessor { get; set; }

    public int SuccessorId { get; set; }

    public OrgUnit? Successor { get; set; }

    /// <summary>The first day the successor serves the moved customers.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Moved share in percent (0 &lt; share ≤ 100); null: the stock moved (default rule).</summary>
    public decimal? Share { get; set; }

    /// <summary>Only this component's share; null: every component.</summary>
    public int? ComponentId { get; set; }

    public IndicatorComponent? Component { get; set; }

    public int? AuditUnitId() => PredecessorId;
}

namespace MeAktiv.Core.Domain;

/// <summary>
/// A Meldepflicht: the unit owes the figures of an indicator (or of one of its components) from month
/// <see cref="From"/> to month <see cref="To"/> (open while null). Which units a month waits for, and which are late,
/// follows from these duties (the Datenstand, docs/kennzahlen.md); a unit that owes nothing in a month is neither
/// expected nor late. Loaded from <c>seeds/reporting-duties.csv</c>.
/// </summary>
public sealed class ReportingDuty : IAudited
{
    /// <summary>Client-generated, so a new duty can be audited in the save that adds it.</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public int IndicatorId { get; set; }

    public Indicator? Indicator { get; set; }

    /// <summary>Only this component is owed; null: every component of the indicator.</summary>
    public int? ComponentId { get; set; }

    public IndicatorComponent? Component { get; set; }

    /// <summary>The first month the figures are owed.</summary>
    public YearMonth From { get; set; }

    /// <summary>The last month the figures are owed; null: no end.</summary>
    public YearMonth? To { get; set; }

    /// <summary>Whether the duty covers <paramref name="month"/>.</summary>
    public bool AppliesTo(YearMonth month) => From.CompareTo(month) <= 0 && (To is not { } to || month.CompareTo(to) <= 0);

    /// <summary>
    /// The one rule of what a unit owes in a month: its duties that cover the month, while the unit exists (a closed
    /// unit owes nothing after it ends), of indicators active in the month's year (<see cref="IndicatorActivation"/>).
    /// Used by the Datenstand and by closing a month.
    /// </summary>
    public static IReadOnlyList<ReportingDuty> OwedBy(OrgUnit unit, IEnumerable<ReportingDuty> dutiesOfUnit, YearMonth month,
        IndicatorActivation activation) =>
        unit.ExistsIn(month.Year, month.Month)
            ? dutiesOfUnit.Where(d => d.AppliesTo(month) && activation.IsActive(d.IndicatorId, month.Year)).ToList()
            : [];

    public int? AuditUnitId() => OrgUnitId;
}

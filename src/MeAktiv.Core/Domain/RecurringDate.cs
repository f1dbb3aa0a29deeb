namespace MeAktiv.Core.Domain;

/// <summary>How a <see cref="RecurringDate"/> falls in a month.</summary>
public enum RecurrencePattern
{
    /// <summary>On day <see cref="RecurringDate.Day"/> of the month (the last day in shorter months).</summary>
    DayOfMonth = 0,

    /// <summary>On the n-th (<see cref="RecurringDate.Day"/> 1–4, 5 = the last) <see cref="RecurringDate.Weekday"/>.</summary>
    NthWeekday = 1,
}

/// <summary>
/// A recurring meeting (e.g. the monthly Zielnachhaltungsgespräch of each Geschäftsstelle): monthly by
/// <see cref="Pattern"/> from <see cref="From"/> to <see cref="To"/> (open-ended when null), for the unit itself or,
/// with <see cref="EachKind"/>, for each unit of that kind in its subtree that exists in the month. Seeded from
/// <c>seeds/recurring-dates.csv</c>, maintained on <c>/termine/pflege</c>; the Termine list its occurrences.
/// </summary>
public sealed class RecurringDate : IAudited, IMaintainedTermin
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Code { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    /// <summary>One occurrence per unit of this kind below (or at) the unit; null: one for the unit itself.</summary>
    public OrgUnitKind? EachKind { get; set; }

    public RecurrencePattern Pattern { get; set; }

    /// <summary>Day of the month (1–31) or n of the n-th weekday (1–4, 5 = the last).</summary>
    public int Day { get; set; }

    public DayOfWeek? Weekday { get; set; }

    public DateOnly From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary>The roles it concerns (comma-separated role names), as on <see cref="FixedDate.Audience"/>.</summary>
    public required string Audience { get; set; }

    public string? Source { get; set; }

    public bool Cancelled { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public string? UpdatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public int? AuditUnitId() => OrgUnitId;
}

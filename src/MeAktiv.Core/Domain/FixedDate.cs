namespace MeAktiv.Core.Domain;

/// <summary>
/// A fixed date (Termin) of the Zielvereinbarung or the Planungsdokument (BuT reports, § 16a report, AMIP evaluation,
/// ALLEGRO, Weiterbildungsmesse, …), seeded from <c>seeds/fixed-dates.csv</c> and maintained on <c>/termine/pflege</c>.
/// <see cref="Audience"/> lists the roles it concerns (comma-separated role names). <see cref="Yearly"/> dates are
/// carried to the next year by the year rollover; a cancelled date stays (so the seed does not bring it back) but is
/// listed nowhere except the maintenance page. <see cref="Version"/> is an application-managed concurrency token.
/// </summary>
public sealed class FixedDate : IAudited, IMaintainedTermin
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Stable code from the seed file (e.g. <c>BUT-2015-Q1</c>).</summary>
    public required string Code { get; set; }

    public DateOnly Date { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public required string Audience { get; set; }

    /// <summary>Where the date comes from (e.g. "Zielvereinbarung 2015, IV.6").</summary>
    public string? Source { get; set; }

    /// <summary>Jährlich: recurs every year on the same day (the year rollover copies it); otherwise a one-off date.</summary>
    public bool Yearly { get; set; }

    /// <summary>Abgesagt: kept for the record, shown on no list of Termine.</summary>
    public bool Cancelled { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public string? UpdatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }
}

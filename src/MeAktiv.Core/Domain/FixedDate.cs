namespace MeAktiv.Core.Domain;

/// <summary>
/// A fixed date of the Zielvereinbarung (BuT reports, § 16a report, AMIP evaluation, ALLEGRO), loaded from
/// <c>seeds/fixed-dates.csv</c>. <see cref="Audience"/> lists the roles it concerns (comma-separated role names).
/// </summary>
public sealed class FixedDate : IAudited
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
}

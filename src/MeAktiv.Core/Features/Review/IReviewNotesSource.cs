using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Review;

/// <summary>
/// The Jobcenter's comments (Kommentierung per indicator) and the agreed Steuerungsmaßnahmen shown on the review
/// screen. Read from the Zielnachhaltung process by <see cref="SteuerungReviewNotesSource"/>.
/// </summary>
public interface IReviewNotesSource
{
    /// <param name="scope">The caller: only measures of units it may see (no other team's, no team's for the Träger).</param>
    /// <param name="year">Year of the review.</param>
    /// <param name="month">Last month of the quarter: the comment of that month (or the latest before it) is shown.</param>
    Task<ReviewNotes> GetAsync(UserScope scope, int year, int month, CancellationToken ct = default);
}

/// <summary>Comments by indicator code (Jobcenter level) and the measures with their state.</summary>
public sealed record ReviewNotes(IReadOnlyDictionary<string, string> Comments, IReadOnlyList<ReviewMeasure> Measures)
{
    public static readonly ReviewNotes Empty = new(new Dictionary<string, string>(), []);
}

/// <summary>A Steuerungsmaßnahme as shown on the review screen, with the code of its unit (null in snapshots frozen
/// before the unit was stored: shown only to callers who see every unit).</summary>
public sealed record ReviewMeasure(string Title, string? IndicatorCode, string? Responsible, DateOnly? DueOn, string State,
    string? UnitCode = null);

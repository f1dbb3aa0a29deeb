namespace MeAktiv.Core.Features.Review;

/// <summary>
/// The Jobcenter's comments (Kommentierung per indicator) and the agreed Steuerungsmaßnahmen shown on the review
/// screen. Issue 6 owns those entities; until its branch is merged <see cref="NoReviewNotesSource"/> supplies nothing.
/// </summary>
public interface IReviewNotesSource
{
    /// <param name="year">Year of the review.</param>
    /// <param name="month">Last month of the quarter: the comment of that month (or the latest before it) is shown.</param>
    Task<ReviewNotes> GetAsync(int year, int month, CancellationToken ct = default);
}

/// <summary>Comments by indicator code (Jobcenter level) and the measures with their state.</summary>
public sealed record ReviewNotes(IReadOnlyDictionary<string, string> Comments, IReadOnlyList<ReviewMeasure> Measures)
{
    public static readonly ReviewNotes Empty = new(new Dictionary<string, string>(), []);
}

/// <summary>A Steuerungsmaßnahme as shown on the review screen.</summary>
public sealed record ReviewMeasure(string Title, string? IndicatorCode, string? Responsible, DateOnly? DueOn, string State);

/// <summary>
/// PLACEHOLDER until issue 6 (comments, measures, meetings) is merged: returns no comments and no measures, and the
/// review screen says so ("Noch keine Kommentare/Maßnahmen erfasst"). The lead replaces the registration with a source
/// reading issue 6's entities.
/// </summary>
public sealed class NoReviewNotesSource : IReviewNotesSource
{
    public Task<ReviewNotes> GetAsync(int year, int month, CancellationToken ct = default) => Task.FromResult(ReviewNotes.Empty);
}

namespace MeAktiv.Core.Domain;

/// <summary>
/// What a meeting (Trägerversammlung, Zielnachhaltedialog) was shown: the review slides of a quarter frozen as JSON,
/// so they can be shown again exactly as they were after figures or comments are corrected.
/// </summary>
public sealed class ReviewSnapshot : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int Year { get; set; }

    public int Quarter { get; set; }

    public required string Title { get; set; }

    /// <summary>The meeting that presented it (issue 6's meetings; a plain column without foreign key for now).</summary>
    public Guid? MeetingId { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>The frozen <c>ReviewModel</c> as JSON (Features/Review/ReviewJson).</summary>
    public required string ModelJson { get; set; }
}

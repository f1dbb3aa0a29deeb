namespace MeAktiv.Core.Domain;

/// <summary>Kinds of review meetings (domain.md section 5).</summary>
public enum MeetingKind
{
    /// <summary>Monthly: the Bereichsleitung with a site or team.</summary>
    Zielnachhaltungsgespraech = 0,

    /// <summary>Agentur für Arbeit, Kreis Mettmann and the Geschäftsführung.</summary>
    Zielnachhaltedialog = 1,

    Traegerversammlung = 2,
}

public enum MeetingState
{
    Offen = 0,
    Abgeschlossen = 1,
}

/// <summary>
/// A review meeting for one unit and one reported month. Its agenda is built from the data when the meeting is
/// created and kept as it was (a snapshot); minutes, decisions and new measures are recorded during the meeting;
/// a closed meeting is read-only and can be printed as a protocol.
/// </summary>
public sealed class Meeting : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public MeetingKind Kind { get; set; }

    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The month whose figures are reviewed.</summary>
    public int Year { get; set; }

    public int Month { get; set; }

    public string? Participants { get; set; }

    public string? Minutes { get; set; }

    public MeetingState State { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? ClosedBy { get; set; }

    public DateTime? ClosedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public List<AgendaItem> AgendaItems { get; } = [];

    public List<MeetingDecision> Decisions { get; } = [];

    public int? AuditUnitId() => OrgUnitId;
}

public enum AgendaItemKind
{
    RedTarget = 0,
    YellowTarget = 1,
    OverdueMeasure = 2,
    DueMeasure = 3,
    MissingMonth = 4,

    /// <summary>A qualitative target (Pflicht, Meilenstein) past its due date and not done.</summary>
    OverdueDuty = 5,

    /// <summary>A qualitative target due within the agenda's horizon.</summary>
    DueDuty = 6,
}

/// <summary>One point of a meeting's agenda, with the figures as they were when the agenda was built.</summary>
public sealed class AgendaItem : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; set; }

    public int SortOrder { get; set; }

    public AgendaItemKind Kind { get; set; }

    public required string Text { get; set; }

    public string? IndicatorCode { get; set; }

    public string? UnitCode { get; set; }

    public Guid? MeasureId { get; set; }

    public decimal? Actual { get; set; }

    public decimal? PhasedTarget { get; set; }

    public DateOnly? Date { get; set; }
}

/// <summary>A decision (Beschluss) recorded in a meeting.</summary>
public sealed class MeetingDecision : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; set; }

    public int SortOrder { get; set; }

    public required string Text { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}

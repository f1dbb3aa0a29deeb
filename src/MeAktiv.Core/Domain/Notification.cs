namespace MeAktiv.Core.Domain;

/// <summary>Where a notification of the outbox stands.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting to be sent (again, after a failed attempt: at <see cref="OutboxMessage.NextAttemptAt"/>).</summary>
    Queued = 0,

    Sent = 1,

    /// <summary>Given up after the last attempt (<c>Notifications:MaxAttempts</c>).</summary>
    Failed = 2,

    /// <summary>In the app only: the recipient switched the mail off, or has no address.</summary>
    AppOnly = 3,
}

/// <summary>
/// One notification of one rule to one user for one period (the outbox). The unique key (rule, recipient, period)
/// makes it exist exactly once, across restarts and instances; the sender claims a row with a lease
/// (<see cref="LeaseOwner"/>, <see cref="LeaseUntil"/>) before it sends it. The same row is the item of the bell.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Rule { get; set; }

    /// <summary>User name of the recipient (the e-mail address of the account).</summary>
    public required string Recipient { get; set; }

    /// <summary>E.g. <c>2015-06:vor</c>, <c>measure:{id}:due:2015-07-31</c>, <c>2015-W28</c>.</summary>
    public required string PeriodKey { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    /// <summary>Absolute link to the exact page.</summary>
    public string? Link { get; set; }

    /// <summary>An iCalendar invitation sent as an .ics attachment (meetings).</summary>
    public string? Ics { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public DateTime? SentAt { get; set; }

    public string? LastError { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseUntil { get; set; }

    /// <summary>When the recipient marked it read in the app's bell.</summary>
    public DateTime? ReadAt { get; set; }
}

/// <summary>The Administration's settings of a notification rule: on or off, its timing (working days before or after
/// the deadline, days ahead) and the weekday of the weekly digest. No row: the rule's defaults.</summary>
public sealed class NotificationRuleSetting : IAudited
{
    public required string Rule { get; set; }

    public bool Enabled { get; set; }

    public int Days { get; set; }

    public DayOfWeek Weekday { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>A user's choice to get no mail for a rule (the bell still shows it). No row: mail on.</summary>
public sealed class NotificationOptOut : IAudited
{
    public required string UserName { get; set; }

    public required string Rule { get; set; }
}

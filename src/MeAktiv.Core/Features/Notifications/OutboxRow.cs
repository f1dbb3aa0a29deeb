using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Notifications;

/// <summary>A notification as the outbox page, the bell and the API show it.</summary>
public sealed record OutboxRow(Guid Id, string Rule, string RuleName, string Recipient, string PeriodKey, string Subject, string Body,
    string? Link, bool HasCalendar, OutboxStatus Status, int Attempts, DateTime CreatedAt, DateTime? SentAt, DateTime NextAttemptAt,
    string? LastError, DateTime? ReadAt)
{
    public static OutboxRow Of(OutboxMessage m) => new(m.Id, m.Rule, NotificationRules.NameOf(m.Rule), m.Recipient, m.PeriodKey,
        m.Subject, m.Body, m.Link, m.Ics is not null, m.Status, m.Attempts, m.CreatedAt, m.SentAt, m.NextAttemptAt, m.LastError, m.ReadAt);

    public string StatusText => Status switch
    {
        OutboxStatus.Queued => "wartet",
        OutboxStatus.Sent => "gesendet",
        OutboxStatus.Failed => "fehlgeschlagen",
        _ => "nur in der App",
    };
}

using MeAktiv.Core.Data;

namespace MeAktiv.Core.Features.Notifications;

/// <summary>One notification rule: who gets which notice for which period on the given day. The outbox's unique key
/// (rule, recipient, period) makes a notice go out once, however often the rule runs.</summary>
public interface INotificationRule
{
    string Key { get; }

    Task<IReadOnlyList<Notice>> EvaluateAsync(RuleRun run, CancellationToken ct);
}

/// <summary>What a rule sees: the business day, its settings, the accounts, the links, a database context.</summary>
public sealed record RuleRun(DateOnly Today, RuleSetting Setting, Recipients People, NotificationOptions Options, AppDbContext Db);

/// <summary>A notification to one account for one period; <see cref="Ics"/>: an invitation's calendar file.</summary>
public sealed record Notice(string Recipient, string PeriodKey, string Subject, string Body, string? Link, string? Ics = null);

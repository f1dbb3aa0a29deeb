using MeAktiv.Core.Common;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Notifications;

/// <summary>
/// Runs the switched-on rules for the business day (<see cref="BusinessClock"/>) and puts each new notice into the
/// outbox. A notice whose (rule, recipient, period) is there already is skipped; when another instance inserts the same
/// key at the same moment, the unique index refuses the second row. So each notice exists once, whoever runs the rules.
/// </summary>
public sealed class NotificationRunner(
    IDbContextFactory<AppDbContext> factory, IEnumerable<INotificationRule> rules, RuleSettingsService settings,
    BusinessClock business, TimeProvider clock, IOptions<NotificationOptions> options)
{
    /// <summary>Runs the rules as of <paramref name="day"/> (default: the business day); returns the rows new in this run.</summary>
    public async Task<IReadOnlyList<OutboxRow>> RunAsync(DateOnly? day = null, CancellationToken ct = default)
    {
        var today = day ?? business.Today;
        var enabled = (await settings.ListAsync(ct)).Where(s => s.Enabled).ToDictionary(s => s.Key);
        await using var db = await factory.CreateDbContextAsync(ct);
        var people = await Recipients.LoadAsync(db, ct);
        var optOuts = (await db.NotificationOptOuts.AsNoTracking().ToListAsync(ct)).Select(o => (o.UserName.ToUpperInvariant(), o.Rule)).ToHashSet();
        var queued = new List<OutboxRow>();
        foreach (var rule in rules.Where(r => enabled.ContainsKey(r.Key)))
        {
            var notices = await rule.EvaluateAsync(new RuleRun(today, enabled[rule.Key], people, options.Value, db), ct);
            var known = await db.OutboxMessages.AsNoTracking().Where(m => m.Rule == rule.Key)
                .Select(m => m.Recipient + "|" + m.PeriodKey).ToListAsync(ct);
            foreach (var notice in notices.DistinctBy(n => (n.Recipient, n.PeriodKey)).Where(n => !known.Contains(n.Recipient + "|" + n.PeriodKey)))
            {
                var person = people.ByUserName(notice.Recipient);
                var mail = person?.Email ?? notice.Recipient;
                var appOnly = optOuts.Contains((notice.Recipient.ToUpperInvariant(), rule.Key)) || !mail.Contains('@');
                if (await TryInsertAsync(db, rule.Key, notice, appOnly, ct) is { } row)
                {
                    queued.Add(OutboxRow.Of(row));
                }
            }
        }

        return queued;
    }

    private async Task<OutboxMessage?> TryInsertAsync(AppDbContext db, string rule, Notice notice, bool appOnly, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = new OutboxMessage
        {
            Rule = rule, Recipient = notice.Recipient, PeriodKey = notice.PeriodKey, Subject = Cut(notice.Subject, 300),
            Body = Cut(notice.Body, 8000), Link = notice.Link, Ics = notice.Ics, CreatedAt = now, NextAttemptAt = now,
            Status = appOnly ? OutboxStatus.AppOnly : OutboxStatus.Queued,
            LastError = appOnly ? "Nur in der App: E-Mail für diese Regel abbestellt oder keine Adresse." : null,
        };
        db.OutboxMessages.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            return row;
        }
        catch (DbUpdateException)
        {
            // The unique key (rule, recipient, period): another run or instance queued it first.
            db.Entry(row).State = EntityState.Detached;
            return null;
        }
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

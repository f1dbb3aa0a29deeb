using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Notifications;

/// <summary>Which mails a user gets, per rule (stored per user as the rules switched off; audited). The bell shows
/// every notification regardless.</summary>
public sealed class NotificationPreferenceService(IDbContextFactory<AppDbContext> factory)
{
    public async Task<IReadOnlyList<MailChoice>> ListAsync(string userName, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var off = await db.NotificationOptOuts.AsNoTracking().Where(o => o.UserName == userName).Select(o => o.Rule).ToListAsync(ct);
        return NotificationRules.All.Select(r => new MailChoice(r.Key, r.Name, r.Audience, !off.Contains(r.Key))).ToList();
    }

    /// <summary>Sets the mail of the rules named; false: an unknown rule (nothing changed).</summary>
    public async Task<bool> SaveAsync(string userName, IReadOnlyDictionary<string, bool> mail, CancellationToken ct = default)
    {
        if (mail.Keys.Any(k => NotificationRules.Find(k) is null))
        {
            return false;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var stored = await db.NotificationOptOuts.Where(o => o.UserName == userName).ToListAsync(ct);
        foreach (var (rule, on) in mail)
        {
            var row = stored.FirstOrDefault(o => o.Rule == rule);
            if (on && row is not null)
            {
                db.NotificationOptOuts.Remove(row);
            }
            else if (!on && row is null)
            {
                db.NotificationOptOuts.Add(new NotificationOptOut { UserName = userName, Rule = rule });
            }
        }

        await db.SaveChangesAsync(ct);
        return true;
    }
}

/// <summary>A rule and whether the user gets it by mail.</summary>
public sealed record MailChoice(string Rule, string Name, string Audience, bool Mail);

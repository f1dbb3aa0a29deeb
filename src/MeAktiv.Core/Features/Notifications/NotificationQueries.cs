using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Notifications;

/// <summary>The outbox for the Administration (with why nothing is sent), and a user's own notifications (the bell).</summary>
public sealed class NotificationQueries(IDbContextFactory<AppDbContext> factory, TimeProvider clock, IOptionsMonitor<SmtpOptions> smtp)
{
    public const int MaxRows = 500;

    /// <summary>Null when mail can go out; else the German reason (no SMTP host).</summary>
    public string? MailBlockedReason => smtp.CurrentValue.IsConfigured ? null : OutboxSender.NoServer;

    public async Task<IReadOnlyList<OutboxRow>> OutboxAsync(OutboxStatus? status = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.OutboxMessages.AsNoTracking().Where(m => status == null || m.Status == status)
            .OrderByDescending(m => m.CreatedAt).Take(MaxRows).ToListAsync(ct);
        return rows.Select(OutboxRow.Of).ToList();
    }

    public async Task<IReadOnlyList<OutboxRow>> MineAsync(string userName, int limit = 50, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.Recipient == userName)
            .OrderByDescending(m => m.CreatedAt).Take(Math.Clamp(limit, 1, MaxRows)).ToListAsync(ct);
        return rows.Select(OutboxRow.Of).ToList();
    }

    public async Task<int> UnreadCountAsync(string userName, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.OutboxMessages.CountAsync(m => m.Recipient == userName && m.ReadAt == null, ct);
    }

    /// <summary>Marks one (or, with null, every) notification of the user read; false: no such notification of the user.</summary>
    public async Task<bool> MarkReadAsync(string userName, Guid? id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var mine = db.OutboxMessages.Where(m => m.Recipient == userName && (id == null || m.Id == id));
        if (id is not null && !await mine.AnyAsync(ct))
        {
            return false;
        }

        await mine.Where(m => m.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadAt, now), ct);
        return true;
    }
}

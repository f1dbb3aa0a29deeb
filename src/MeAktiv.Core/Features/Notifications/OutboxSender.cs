using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Notifications;

/// <summary>
/// Sends the due messages of the outbox. Each row is first claimed with a lease: one conditional UPDATE (queued, due,
/// no running lease) that only one instance can win, on SQLite and SQL Server alike. A failed attempt waits
/// <c>RetrySeconds</c> × 2^(attempts − 1) (at most a day); after <c>MaxAttempts</c> the row is marked failed. Without an
/// SMTP host nothing is claimed: the rows stay queued with the reason.
/// </summary>
public sealed class OutboxSender(
    IDbContextFactory<AppDbContext> factory, MailTransport transport, TimeProvider clock, IOptionsMonitor<SmtpOptions> smtp,
    IOptions<NotificationOptions> options, ILogger<OutboxSender> logger)
{
    public const string NoServer = "Kein SMTP-Server konfiguriert (Mail:Smtp:Host).";

    /// <summary>This sender's name in the lease column (machine, process, a random part).</summary>
    private readonly string _instance = $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Sends what is due; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!smtp.CurrentValue.IsConfigured)
        {
            await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Queued && (m.LastError == null || m.LastError != NoServer))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastError, NoServer), ct);
            return 0;
        }

        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Queued && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(50).ToListAsync(ct);
        var sent = 0;
        foreach (var id in due)
        {
            if (await ClaimAsync(db, id, ct) && await SendOneAsync(db, id, ct))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> ClaimAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now.AddSeconds(options.Value.LeaseSeconds);
        return await db.OutboxMessages
            .Where(m => m.Id == id && m.Status == OutboxStatus.Queued && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, _instance).SetProperty(m => m.LeaseUntil, until), ct) == 1;
    }

    private async Task<bool> SendOneAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        var message = await db.OutboxMessages.AsNoTracking().FirstAsync(m => m.Id == id, ct);
        var mine = db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == _instance);
        var email = await db.Users.AsNoTracking().Where(u => u.UserName == message.Recipient).Select(u => u.Email).FirstOrDefaultAsync(ct)
            ?? message.Recipient;
        try
        {
            await transport.SendAsync(smtp.CurrentValue, email, message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var attempts = message.Attempts + 1;
            var failed = attempts >= options.Value.MaxAttempts;
            var wait = TimeSpan.FromSeconds(Math.Min(86400, options.Value.RetrySeconds * Math.Pow(2, attempts - 1)));
            var error = $"Versuch {attempts}: {e.Message}";
            logger.LogWarning("Notification {Id} to {Recipient} not sent (attempt {Attempts}): {Error}", id, message.Recipient, attempts, e.Message);
            await mine.ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.Status, failed ? OutboxStatus.Failed : OutboxStatus.Queued)
                .SetProperty(m => m.NextAttemptAt, clock.GetUtcNow().UtcDateTime.Add(wait))
                .SetProperty(m => m.LastError, error.Length > 1000 ? error[..1000] : error)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTime?)null), CancellationToken.None);
            return false;
        }

        await mine.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, message.Attempts + 1)
            .SetProperty(m => m.Status, OutboxStatus.Sent)
            .SetProperty(m => m.SentAt, clock.GetUtcNow().UtcDateTime)
            .SetProperty(m => m.LastError, (string?)null)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTime?)null), CancellationToken.None);
        return true;
    }
}

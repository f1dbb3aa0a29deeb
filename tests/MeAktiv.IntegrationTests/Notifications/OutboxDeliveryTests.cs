using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Notifications;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Notifications;

/// <summary>
/// Delivery of the outbox: exactly once per rule, recipient and period across a restart and with two instances on one
/// SQLite file; a retry after the SMTP server was down; with no host configured nothing is sent and the reason shows.
/// </summary>
public sealed class OutboxDeliveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_instances_at_once_and_a_restart_send_each_notification_exactly_once()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        var database = Path.Combine(Path.GetTempPath(), $"meaktiv-outbox-{Guid.NewGuid():N}.db");
        try
        {
            await using (var first = new NotificationAppFactory(smtp.Port, database))
            {
                await first.InitializeAsync();
                await using var second = new NotificationAppFactory(smtp.Port, database);
                await second.InitializeAsync();

                // Both instances run the rules and the sender at the same time, three rounds.
                for (var round = 0; round < 3; round++)
                {
                    await Task.WhenAll(first.RunAsync(), second.RunAsync());
                }
            }

            var rows = await OutboxAsync(database);
            rows.Count.ShouldBeGreaterThan(5, "the demo day has reminders, measures and the digest");
            rows.GroupBy(r => (r.Rule, r.Recipient, r.PeriodKey)).ShouldAllBe(g => g.Count() == 1);
            var mailed = rows.Where(r => r.Status == OutboxStatus.Sent).ToList();
            mailed.Count.ShouldBe(rows.Count(r => r.Status != OutboxStatus.AppOnly), "every queued mail went out");
            smtp.Mails.Count.ShouldBe(mailed.Count, "each notification was mailed once, though two instances ran");

            // Restart: a new app on the same file finds everything done.
            await using (var restarted = new NotificationAppFactory(smtp.Port, database))
            {
                await restarted.InitializeAsync();
                var (queued, sent) = await restarted.RunAsync();
                queued.ShouldBeEmpty();
                sent.ShouldBe(0);
            }

            smtp.Mails.Count.ShouldBe(mailed.Count);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", ".lease" })
            {
                File.Delete(database + suffix);
            }
        }
    }

    [Fact]
    public async Task A_mail_that_failed_while_the_server_was_down_is_sent_on_the_next_attempt()
    {
        var port = TestSmtpServer.FreePort();
        await using var app = new NotificationAppFactory(port);
        await app.InitializeAsync();

        var (queued, sent) = await app.RunAsync();
        queued.ShouldNotBeEmpty();
        sent.ShouldBe(0, "no server listens yet");
        var failed = await OutboxAsync(app.DatabasePath);
        failed.Where(r => r.Status == OutboxStatus.Queued).ShouldAllBe(r => r.Attempts == 1 && r.LastError!.StartsWith("Versuch 1:"));

        await using var smtp = await TestSmtpServer.StartAsync(port);
        await using var scope = app.Services.CreateAsyncScope();
        var retried = await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(Ct);

        var queuedMails = failed.Count(r => r.Status == OutboxStatus.Queued);
        retried.ShouldBe(queuedMails);
        smtp.Mails.Count.ShouldBe(queuedMails);
        (await OutboxAsync(app.DatabasePath)).Where(r => r.Status != OutboxStatus.AppOnly)
            .ShouldAllBe(r => r.Status == OutboxStatus.Sent && r.Attempts == 2 && r.LastError == null);
    }

    [Fact]
    public async Task Without_an_SMTP_host_nothing_is_sent_and_the_Administration_sees_why()
    {
        await using var app = new NotificationAppFactory(smtpPort: null);
        await app.InitializeAsync();
        using var admin = await app.CreateApiClientAsync(DemoAccounts.Administration);

        using var run = await admin.PostAsync("/api/v1/notifications/run", null, Ct);
        var answer = await run.Content.ReadFromJsonAsync<JsonElement>(Ct);
        answer.GetProperty("queued").GetArrayLength().ShouldBeGreaterThan(0);
        answer.GetProperty("sent").GetInt32().ShouldBe(0);

        var outbox = await admin.GetFromJsonAsync<JsonElement>("/api/v1/notifications/outbox", Ct);
        outbox.GetProperty("mailConfigured").GetBoolean().ShouldBeFalse();
        outbox.GetProperty("reason").GetString().ShouldBe(OutboxSender.NoServer);
        var messages = outbox.GetProperty("messages").EnumerateArray().ToList();
        messages.Where(m => m.GetProperty("status").GetString() == "Queued")
            .ShouldAllBe(m => m.GetProperty("lastError").GetString() == "Kein SMTP-Server konfiguriert (Mail:Smtp:Host).");
        messages.ShouldNotContain(m => m.GetProperty("status").GetString() == "Sent");

        using var page = await (await app.CreateSignedInBrowserClientAsync(DemoAccounts.Administration)).GetAsync("/verwaltung/benachrichtigungen", Ct);
        (await page.Content.ReadAsStringAsync(Ct)).ShouldContain("Kein SMTP-Server konfiguriert");
    }

    private static async Task<List<OutboxMessage>> OutboxAsync(string database)
    {
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={database}").Options);
        return await db.OutboxMessages.AsNoTracking().ToListAsync(Ct);
    }
}

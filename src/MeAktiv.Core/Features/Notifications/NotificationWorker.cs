using MeAktiv.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Notifications;

/// <summary>The background part: every <c>RulesMinutes</c> the rules run, every <c>PollSeconds</c> the due messages are
/// sent. Several instances may run it on one database: the outbox's unique key and the lease keep each mail single.
/// A round that fails (the database busy) is logged and retried next round. The first round comes one <c>PollSeconds</c>
/// after the start is over (<see cref="DatabaseReadiness"/>: database ready, warm-up done): its cold queries (EF compiles
/// them on first use) then share the processor neither with the start nor with the first users' requests (issue 23).</summary>
public sealed class NotificationWorker(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider clock,
    DatabaseReadiness database, ILogger<NotificationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Background)
        {
            return;
        }

        try
        {
            await database.Ready.WaitAsync(stoppingToken);
        }
        catch (Exception) when (!stoppingToken.IsCancellationRequested)
        {
            return; // the start-up failed and stops the app with its own exit code
        }

        var nextRules = DateTimeOffset.MinValue;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (clock.GetUtcNow() >= nextRules)
                {
                    await scope.ServiceProvider.GetRequiredService<NotificationRunner>().RunAsync(ct: stoppingToken);
                    nextRules = clock.GetUtcNow().AddMinutes(Math.Max(1, options.Value.RulesMinutes));
                }

                await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be busy: try again next round.
                logger.LogWarning(e, "Notifications: round failed, retried in {Seconds} s", options.Value.PollSeconds);
            }
        }
    }
}

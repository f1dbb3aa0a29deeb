using MeAktiv.Core.Data;
using MeAktiv.Core.Features.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MeAktiv.Tests.Notifications;

/// <summary>
/// The worker's first round comes one poll interval after the start is over, not at once: its cold queries would
/// otherwise share the processor with the first users' requests (issue 23: the dashboard's first request after a start
/// took 5,6× its floor while the round ran beside it).
/// </summary>
public sealed class NotificationWorkerTests
{
    [Fact]
    public async Task The_first_round_waits_one_poll_interval_after_the_start()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(new DateTimeOffset(2015, 7, 8, 6, 0, 0, TimeSpan.Zero));
        var rounds = 0;
        var services = new ServiceCollection();
        // A round begins by resolving the runner: counted, then failed (the worker logs it and goes on).
        services.AddScoped<NotificationRunner>(_ =>
        {
            Interlocked.Increment(ref rounds);
            throw new InvalidOperationException("round");
        });
        await using var provider = services.BuildServiceProvider();
        var options = Options.Create(new NotificationOptions { PollSeconds = 30 });
        using var worker = new NotificationWorker(provider.GetRequiredService<IServiceScopeFactory>(), options, clock,
            new DatabaseReadiness(), NullLogger<NotificationWorker>.Instance);

        await worker.StartAsync(ct);
        await Task.Delay(200, ct);
        rounds.ShouldBe(0, "no round at once after the start");

        clock.Advance(TimeSpan.FromSeconds(29));
        await Task.Delay(100, ct);
        rounds.ShouldBe(0);

        clock.Advance(TimeSpan.FromSeconds(1));
        await WaitUntil(() => rounds == 1, ct);
        clock.Advance(TimeSpan.FromSeconds(30));
        await WaitUntil(() => rounds == 2, ct);
        await worker.StopAsync(ct);
    }

    private static async Task WaitUntil(Func<bool> condition, CancellationToken ct)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10, ct);
        }

        condition().ShouldBeTrue();
    }
}

using System.Net;
using MeAktiv.Core.Data;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;

namespace MeAktiv.IntegrationTests.Dashboard;

/// <summary>The app with the cache warm-up on (<c>Performance:WarmUp</c>, the production default).</summary>
public sealed class WarmedAppFactory : MeAktivAppFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("Performance:WarmUp", "true");
}

/// <summary>
/// After the start the warm-up loads the year the overview opens with (<see cref="CacheWarmup"/>): the first dashboard
/// load only reads the stamps; <c>/health</c> is healthy only once the warm-up is over.
/// </summary>
public sealed class CacheWarmupTests(WarmedAppFactory app) : IClassFixture<WarmedAppFactory>
{
    [Fact]
    public async Task The_first_dashboard_after_the_start_finds_its_data_in_memory()
    {
        var ct = TestContext.Current.CancellationToken;
        await app.Services.GetRequiredService<CacheWarmup>().Done.WaitAsync(TimeSpan.FromMinutes(5), ct);
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        using var counter = new CommandCounter();
        await using var scope = app.Services.CreateAsyncScope();

        var warm = await counter.CountAsync(() => scope.ServiceProvider.GetRequiredService<AttainmentQueries>().LoadOrganisationAsync(2015, 2015, ct));

        warm.ShouldBe(1, "both stamps, nothing else: the warm-up loaded the demo data's latest year, 2015");
        app.Services.GetRequiredService<CacheWarmup>().Answers.ShouldBe(new Dictionary<string, int>
        {
            ["/api/v1/dashboard"] = 200, ["/api/v1/attainment"] = 200, // each endpoint's own delegate ran once
        }, ignoreOrder: true);
        var overview = await scope.ServiceProvider.GetRequiredService<DashboardService>().OverviewAsync(gf, "JC", 2015, 5, ct);
        overview.Cards.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Health_is_healthy_once_the_warm_up_is_over()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = app.CreateClient();
        await app.Services.GetRequiredService<DatabaseStartup>().Ready.WaitAsync(TimeSpan.FromMinutes(3), ct);
        while ((await client.GetAsync("/health", ct)).StatusCode != HttpStatusCode.OK)
        {
            await Task.Delay(10, ct);
        }

        app.Services.GetRequiredService<CacheWarmup>().Done.IsCompleted.ShouldBeTrue();
    }

    [Fact]
    public async Task The_health_check_waits_for_the_warm_up_and_not_longer()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Performance:WarmUp"] = "true" }).Build();
        var warmup = new CacheWarmup(app.Services, new DatabaseStartup(), settings, NullLogger<CacheWarmup>.Instance); // database never ready
        var check = new CacheWarmupHealthCheck(warmup);
        await warmup.StartAsync(ct);

        (await check.CheckHealthAsync(new HealthCheckContext(), ct)).Status.ShouldBe(HealthStatus.Degraded, "not ready: /health answers 503 (HealthEndpoint), logged as a warning");

        await warmup.StopAsync(ct); // stopped (or given up): over
        await warmup.Done.WaitAsync(TimeSpan.FromMinutes(1), ct);
        (await check.CheckHealthAsync(new HealthCheckContext(), ct)).Status.ShouldBe(HealthStatus.Healthy);
        warmup.Dispose();
    }

    [Fact]
    public async Task A_host_stopped_before_the_warm_up_ran_still_ends_it()
    {
        // The host's StartAsync runs ExecuteAsync on the thread pool with the stopping token: cancelled before it ran, the
        // warm-up never began (CI met this under load: /health would have waited until the process ended).
        var ct = TestContext.Current.CancellationToken;
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Performance:WarmUp"] = "true" }).Build();
        using var warmup = new CacheWarmup(app.Services, new DatabaseStartup(), settings, NullLogger<CacheWarmup>.Instance);
        using var stopped = new CancellationTokenSource();
        await stopped.CancelAsync();

        await warmup.StartAsync(stopped.Token);
        await warmup.StopAsync(ct);

        await warmup.Done.WaitAsync(TimeSpan.FromSeconds(30), ct);
    }

    [Fact]
    public async Task Background_work_starts_once_the_database_is_ready_and_the_warm_up_is_over()
    {
        // The notification rules' first round costs ~1 s of EF's first queries: run beside the warm-up on one core, it
        // made the start to a healthy /health that much longer (issue 23). So it waits for both (DatabaseReadiness).
        var ct = TestContext.Current.CancellationToken;
        var startup = app.Services.GetRequiredService<DatabaseStartup>();
        await startup.Ready.WaitAsync(TimeSpan.FromMinutes(5), ct);
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Performance:WarmUp"] = "true" }).Build();
        using var warmup = new CacheWarmup(app.Services, new DatabaseStartup(), settings, NullLogger<CacheWarmup>.Instance); // not over yet

        var mayStart = CacheWarmup.AfterStartAsync(startup, warmup);
        await Task.Delay(100, ct);
        mayStart.IsCompleted.ShouldBeFalse("the database is ready, the warm-up is not over");
        await warmup.StopAsync(ct);
        await mayStart.WaitAsync(TimeSpan.FromSeconds(30), ct);

        var neverReady = CacheWarmup.AfterStartAsync(new DatabaseStartup(), warmup);
        await Task.Delay(100, ct);
        neverReady.IsCompleted.ShouldBeFalse("the warm-up is over, the database is not ready");

        // The app's own wiring: the notification worker's readiness is this.
        await app.Services.GetRequiredService<CacheWarmup>().Done.WaitAsync(TimeSpan.FromMinutes(5), ct);
        await app.Services.GetRequiredService<DatabaseReadiness>().Ready.WaitAsync(TimeSpan.FromSeconds(30), ct);
    }
}

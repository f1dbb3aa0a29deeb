using System.Diagnostics;
using System.Text.Json;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Features.Targets;
using MeAktiv.Core.Security;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace MeAktiv.Web.Infrastructure.Startup;

/// <summary>
/// Once the database is ready (after <c>/health</c> turned healthy, never before: it waits for the start-up and runs
/// beside the first requests), loads the organisation of the year the overview opens with (the reference data and the
/// figures' window into their caches) and computes that year's Gesamtübersicht of the root unit once, with its JSON, so
/// the first user's dashboard finds the data in memory and the code compiled. Read-only; a failure is logged, nothing
/// else. Off with <c>Performance:WarmUp=false</c> (the integration tests count the commands of a cold load).
/// </summary>
public sealed class CacheWarmup(IServiceProvider services, DatabaseStartup startup, IConfiguration configuration,
    ILogger<CacheWarmup> logger) : BackgroundService
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the warm-up is over (done, failed or switched off).</summary>
    public Task Done => _done.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (configuration.GetValue("Performance:WarmUp", true))
            {
                await startup.Ready.WaitAsync(stoppingToken);
                await WarmAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Cache warm-up failed (the first request loads the data itself)");
        }
        finally
        {
            _done.TrySetResult();
        }
    }

    private async Task WarmAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var year = await sp.GetRequiredService<TargetQueries>().DefaultYearAsync(ct);
        var org = await sp.GetRequiredService<AttainmentQueries>().LoadOrganisationAsync(year, year, ct);
        var all = org.Units.Select(u => u.Id).ToHashSet();
        var system = new UserScope("cache-warmup", new HashSet<string> { Roles.Geschaeftsfuehrung }, all, new HashSet<int>());
        var overview = await sp.GetRequiredService<DashboardService>().OverviewAsync(system, null, year, null, ct);
        JsonSerializer.SerializeToUtf8Bytes(overview, sp.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);
        logger.LogInformation("Cache warm-up: organisation and Gesamtübersicht of {Year} in {ElapsedMs:F0} ms", year, watch.Elapsed.TotalMilliseconds);
    }
}

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MeAktiv.Web.Infrastructure.Startup;

/// <summary>
/// Part of <c>/health</c>: degraded (503 there, <see cref="HealthEndpoint"/>; a warning in the log, not an error) while
/// the <see cref="CacheWarmup"/> after the start still runs (at most <see cref="CacheWarmup.Limit"/>), healthy once it is over — done, failed or switched off. A load balancer thus sends
/// the first users to an instance whose dashboard data and code are warm. Before the database is ready every request,
/// <c>/health</c> too, gets the 503 of <see cref="DatabasePreparingMiddleware"/>.
/// </summary>
public sealed class CacheWarmupHealthCheck(CacheWarmup warmup) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(warmup.Done.IsCompleted
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded("Die Daten der Gesamtübersicht werden nach dem Start geladen."));
}

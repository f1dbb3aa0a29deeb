using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MeAktiv.Web.Infrastructure.Startup;

/// <summary>
/// <c>/health</c>: 200 only when every check is healthy. The warm-up after the start reports <c>Degraded</c>
/// (<see cref="CacheWarmupHealthCheck"/>): not ready yet, 503 as well, but logged as a warning, not as an error, since a
/// warming instance is nothing wrong. A failing database check stays <c>Unhealthy</c> (logged as an error).
/// </summary>
public static class HealthEndpoint
{
    public static IEndpointConventionBuilder MapMeAktivHealth(this IEndpointRouteBuilder app)
    {
        var options = new HealthCheckOptions();
        options.ResultStatusCodes[HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable;
        return app.MapHealthChecks("/health", options).AllowAnonymous();
    }
}

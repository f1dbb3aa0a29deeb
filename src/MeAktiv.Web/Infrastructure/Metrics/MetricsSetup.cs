using MeAktiv.Core.Data;
using MeAktiv.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OpenTelemetry.Metrics;

namespace MeAktiv.Web.Infrastructure.Metrics;

/// <summary>
/// OpenTelemetry metrics in the Prometheus text format at <c>/metrics</c>: HTTP requests (ASP.NET Core), Blazor
/// circuits and components (.NET 10's <c>Microsoft.AspNetCore.Components*</c> meters), SignalR connections, the
/// .NET runtime (GC, threads), EF Core's counters and the database time (<see cref="DbCommandTimingInterceptor"/>).
/// </summary>
public static class MetricsSetup
{
    public const string Path = "/metrics";

    public static IServiceCollection AddMeAktivMetrics(this IServiceCollection services)
    {
        services.AddSingleton<DbCommandTimingInterceptor>();
        services.ConfigureDbContext<AppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<DbCommandTimingInterceptor>()));
        services.AddSingleton<IAuthorizationHandler, MetricsAccessHandler>();
        services.AddAuthorizationBuilder().AddPolicy(MetricsAccessHandler.Policy, p => p.AddRequirements(new MetricsAccessRequirement()));
        services.AddOpenTelemetry()
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Microsoft.AspNetCore.Components*", "Microsoft.AspNetCore.Http.Connections",
                    "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting",
                    "Microsoft.EntityFrameworkCore", DbCommandTimingInterceptor.MeterName)
                .AddPrometheusExporter());
        return services;
    }

    /// <summary>Maps <c>/metrics</c> unless <c>Security:Metrics:Enabled</c> is false.</summary>
    public static IEndpointRouteBuilder MapMeAktivMetrics(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityOptions>>().Value.Metrics.Enabled)
        {
            app.MapPrometheusScrapingEndpoint(Path).RequireAuthorization(MetricsAccessHandler.Policy);
        }

        return app;
    }
}
